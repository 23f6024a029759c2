package vn.dondoc.reporting.unitfigures;

import tools.jackson.databind.JsonNode;

/** One role's row of the figures as one line, so a test pins every column and both rates at once. */
public final class Matrix {

    private Matrix() {
    }

    public static String of(JsonNode row) {
        return "onTime=%s late=%s within=%s dueSoon=%s overdue=%s maxDaysOverdue=%s continuous=%s notOccurred=%s"
                .formatted(row.get("completedOnTime").asString(), row.get("completedLate").asString(),
                        row.get("openWithinDeadline").asString(), row.get("dueSoon").asString(),
                        row.get("openOverdue").asString(), row.get("maxDaysOverdue").asString(),
                        row.get("continuous").asString(), row.get("notOccurred").asString())
                + " noDeadline=%s withdrawn=%s completionRate=%s onTimeRate=%s".formatted(
                        row.get("noDeadline").asString(), row.get("withdrawn").asString(),
                        rate(row.get("completionRate")), rate(row.get("onTimeRate")));
    }

    private static String rate(JsonNode rate) {
        return rate.isNull() ? "null" : rate.asString();
    }

    public static String row(long onTime, long late, long within, long dueSoon, long overdue, long maxDaysOverdue,
            long continuous, long withdrawn, String completionRate, String onTimeRate) {
        return ("onTime=%d late=%d within=%d dueSoon=%d overdue=%d maxDaysOverdue=%d continuous=%d notOccurred=0"
                + " noDeadline=0 withdrawn=%d completionRate=%s onTimeRate=%s").formatted(onTime, late, within,
                        dueSoon, overdue, maxDaysOverdue, continuous, withdrawn, completionRate, onTimeRate);
    }
}
