package vn.dondoc.plan.timeframe;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.dondoc.plan.directory.NameKey;
import vn.dondoc.vocabulary.PeriodType;
import vn.dondoc.vocabulary.TimeframeKind;

/** Reads a timeframe cell ("Thường xuyên", "Định kỳ hàng quý, năm", "Quý I/2026") into a {@link Timeframe}. */
public final class TimeframeParser {

    private static final Pattern BEFORE = Pattern.compile("truoc ngay (\\d{1,2}) (\\d{1,2}) (\\d{4})");
    private static final Pattern ON = Pattern.compile("ngay (\\d{1,2}) (\\d{1,2}) (\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("quy (i{1,3}|iv|[1-4]) (?:nam )?(\\d{4})");
    private static final Pattern MONTH = Pattern.compile("thang (\\d{1,2}) (?:nam )?(\\d{4})");
    private static final Pattern YEAR = Pattern.compile("(?:^|\\b)nam (\\d{4})$|^(?:trong |truoc |cuoi )?nam (\\d{4})");

    private TimeframeParser() {
    }

    public static Timeframe parse(String raw) {
        String text = raw == null ? "" : raw.strip().replaceAll("\\s+", " ");
        String key = NameKey.of(text).replace(",", " ").replace("/", " ").replaceAll("\\s+", " ");
        if (key.isEmpty()) {
            return Timeframe.unspecified(text);
        }
        try {
            return parseKey(text, key);
        } catch (DateTimeException e) {
            return Timeframe.unspecified(text);
        }
    }

    private static Timeframe parseKey(String text, String key) {
        if (key.contains("thuong xuyen") || key.contains("lien tuc")) {
            return kind(TimeframeKind.CONTINUOUS, text);
        }
        if (key.matches(".*khi (co )?(phat sinh|yeu cau).*")) {
            return kind(TimeframeKind.EVENT_DRIVEN, text);
        }
        if (key.matches(".*theo (ke hoach|lich|chuong trinh|tien do).*")) {
            return kind(TimeframeKind.ANCHORED_EXTERNAL, text);
        }
        List<PeriodType> periods = periods(key);
        if (key.matches(".*(dinh ky|hang thang|hang quy|hang nam).*") && !periods.isEmpty()) {
            return new Timeframe(TimeframeKind.RECURRING, text, null, periods);
        }
        Matcher m = BEFORE.matcher(key);
        if (m.find()) {
            return Timeframe.due(date(m).minusDays(1), text);
        }
        m = ON.matcher(key);
        if (m.find()) {
            return Timeframe.due(date(m), text);
        }
        m = QUARTER.matcher(key);
        if (m.find()) {
            int quarter = quarter(m.group(1));
            return Timeframe.due(YearMonth.of(Integer.parseInt(m.group(2)), quarter * 3).atEndOfMonth(), text);
        }
        m = MONTH.matcher(key);
        if (m.find()) {
            return Timeframe.due(YearMonth.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)))
                    .atEndOfMonth(), text);
        }
        m = YEAR.matcher(key);
        if (m.find()) {
            String year = m.group(1) != null ? m.group(1) : m.group(2);
            return Timeframe.due(LocalDate.of(Integer.parseInt(year), 12, 31), text);
        }
        return Timeframe.unspecified(text);
    }

    /** The period types a phrase names: "quý, năm"; "3 tháng, 6 tháng, 9 tháng và năm"; "hằng tháng". */
    public static List<PeriodType> periods(String phrase) {
        String key = NameKey.of(phrase).replace(",", " ").replaceAll("\\s+", " ");
        List<PeriodType> periods = new ArrayList<>();
        Matcher months = Pattern.compile("(\\d{1,2}) thang").matcher(key);
        while (months.find()) {
            switch (months.group(1)) {
                case "1" -> add(periods, PeriodType.MONTH);
                case "3" -> add(periods, PeriodType.QUARTER);
                case "6" -> add(periods, PeriodType.HALF_YEAR);
                case "9" -> add(periods, PeriodType.NINE_MONTHS);
                case "12" -> add(periods, PeriodType.YEAR);
                default -> { }
            }
        }
        String words = key.replaceAll("\\d{1,2} thang", " ");
        if (words.matches(".*\\b(hang|moi) thang\\b.*")) {
            add(periods, PeriodType.MONTH);
        }
        if (words.matches(".*\\bquy\\b.*")) {
            add(periods, PeriodType.QUARTER);
        }
        if (words.matches(".*\\b(6 thang|nua nam)\\b.*")) {
            add(periods, PeriodType.HALF_YEAR);
        }
        if (words.matches(".*\\bnam\\b.*")) {
            add(periods, PeriodType.YEAR);
        }
        return List.copyOf(periods);
    }

    private static void add(List<PeriodType> periods, PeriodType type) {
        if (!periods.contains(type)) {
            periods.add(type);
        }
    }

    private static Timeframe kind(TimeframeKind kind, String text) {
        return new Timeframe(kind, text, null, List.of());
    }

    private static LocalDate date(Matcher m) {
        return LocalDate.of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
    }

    private static int quarter(String roman) {
        return switch (roman) {
            case "i", "1" -> 1;
            case "ii", "2" -> 2;
            case "iii", "3" -> 3;
            default -> 4;
        };
    }
}
