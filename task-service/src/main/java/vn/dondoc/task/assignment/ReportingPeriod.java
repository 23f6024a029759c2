package vn.dondoc.task.assignment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A reporting period with its data window under Nghị định 09/2019/NĐ-CP, Điều 12: it runs from the
 * 15th of the month before it to the 14th (the cut-off, "chốt số liệu") of its last month. Nine
 * months is not in the decree; provinces use 15/12 of the previous year to 14/09.
 *
 * @param type  MONTH, QUARTER, HALF_YEAR, NINE_MONTHS or YEAR
 * @param index the month (1–12), quarter (1–4) or half (1–2); 1 for nine months and year
 */
public record ReportingPeriod(String type, int year, int index) {

    static final List<String> TYPES = List.of("MONTH", "QUARTER", "HALF_YEAR", "NINE_MONTHS", "YEAR");
    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    public ReportingPeriod {
        int max = switch (type) {
            case "MONTH" -> 12;
            case "QUARTER" -> 4;
            case "HALF_YEAR" -> 2;
            case "NINE_MONTHS", "YEAR" -> 1;
            default -> throw new IllegalArgumentException("unknown period type " + type);
        };
        if (index < 1 || index > max) {
            throw new IllegalArgumentException(type + " " + index + " does not exist");
        }
    }

    /** The last month of the period. */
    private int lastMonth() {
        return switch (type) {
            case "MONTH" -> index;
            case "QUARTER" -> index * 3;
            case "HALF_YEAR" -> index * 6;
            case "NINE_MONTHS" -> 9;
            default -> 12;
        };
    }

    private static final java.util.regex.Pattern KEY =
            java.util.regex.Pattern.compile("(\\d{4})-(?:M(\\d{2})|Q(\\d)|H(\\d)|(9M)|(Y))");

    /** The period of a key as {@link #key()} writes it ({@code 2025-Q3}); {@code null} when it is none. */
    public static ReportingPeriod parse(String key) {
        java.util.regex.Matcher matcher = KEY.matcher(key == null ? "" : key.strip().toUpperCase());
        if (!matcher.matches()) {
            return null;
        }
        int year = Integer.parseInt(matcher.group(1));
        try {
            if (matcher.group(2) != null) {
                return new ReportingPeriod("MONTH", year, Integer.parseInt(matcher.group(2)));
            }
            if (matcher.group(3) != null) {
                return new ReportingPeriod("QUARTER", year, Integer.parseInt(matcher.group(3)));
            }
            if (matcher.group(4) != null) {
                return new ReportingPeriod("HALF_YEAR", year, Integer.parseInt(matcher.group(4)));
            }
            return new ReportingPeriod(matcher.group(5) != null ? "NINE_MONTHS" : "YEAR", year, 1);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Cut-off day: the 14th of the period's last month. */
    public LocalDate cutOff() {
        return LocalDate.of(year, lastMonth(), 14);
    }

    /** First day of the data window: the 15th of the month before the period. */
    public LocalDate windowStart() {
        int months = switch (type) {
            case "MONTH" -> 1;
            case "QUARTER" -> 3;
            case "HALF_YEAR" -> 6;
            case "NINE_MONTHS" -> 9;
            default -> 12;
        };
        return cutOff().minusMonths(months).plusDays(1);
    }

    /** {@code 2025-M09}, {@code 2025-Q3}, {@code 2025-H2}, {@code 2025-9M}, {@code 2025-Y}. */
    public String key() {
        return year + "-" + switch (type) {
            case "MONTH" -> "M%02d".formatted(index);
            case "QUARTER" -> "Q" + index;
            case "HALF_YEAR" -> "H" + index;
            case "NINE_MONTHS" -> "9M";
            default -> "Y";
        };
    }

    /** "Tháng 9/2025", "Quý III/2025", "6 tháng đầu năm 2025", "9 tháng 2025", "Năm 2025". */
    public String label() {
        return switch (type) {
            case "MONTH" -> "Tháng " + index + "/" + year;
            case "QUARTER" -> "Quý " + ROMAN[index - 1] + "/" + year;
            case "HALF_YEAR" -> (index == 1 ? "6 tháng đầu năm " : "6 tháng cuối năm ") + year;
            case "NINE_MONTHS" -> "9 tháng " + year;
            default -> "Năm " + year;
        };
    }

    /** The periods of these types whose cut-off falls inside the coverage, earliest cut-off first. */
    static List<ReportingPeriod> within(List<String> types, LocalDate start, LocalDate end) {
        List<ReportingPeriod> periods = new ArrayList<>();
        for (String type : TYPES.stream().filter(types::contains).toList()) {
            int max = switch (type) {
                case "MONTH" -> 12;
                case "QUARTER" -> 4;
                case "HALF_YEAR" -> 2;
                default -> 1;
            };
            for (int year = start.getYear(); year <= end.getYear(); year++) {
                for (int index = 1; index <= max; index++) {
                    ReportingPeriod period = new ReportingPeriod(type, year, index);
                    if (!period.cutOff().isBefore(start) && !period.cutOff().isAfter(end)) {
                        periods.add(period);
                    }
                }
            }
        }
        periods.sort(Comparator.comparing(ReportingPeriod::cutOff)
                .thenComparing(period -> TYPES.indexOf(period.type())));
        return periods;
    }
}
