package vn.dondoc.reporting.calendar;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.dondoc.contracts.DisplayDates;
import vn.dondoc.contracts.ReportDue.ReportLevel;
import vn.dondoc.vocabulary.ReportingPeriod;
import vn.dondoc.vocabulary.calendar.HolidayYear;
import vn.dondoc.vocabulary.calendar.WorkingDays;

/**
 * The configured reporting calendar: regimes, working days and the reports they produce. Built once
 * at start; a regime whose deadline falls on or before its cut-off, or whose office deadline falls
 * before the units' deadline, stops the start with a message naming the regime and the period.
 */
public final class ReportingCalendar {

    private static final DateTimeFormatter VN_DATE = DisplayDates.DAY;
    private static final int FIRST_CALENDAR_YEAR = 2021;
    private static final int LAST_CALENDAR_YEAR = 2199;

    private final Map<String, Regime> regimes;
    private final Regime defaultRegime;
    private final WorkingDays workingDays;

    public ReportingCalendar(List<Regime> regimes, String defaultRegime, WorkingDays workingDays) {
        Map<String, Regime> byCode = new LinkedHashMap<>();
        regimes.forEach(regime -> byCode.put(regime.code(), regime));
        this.regimes = Map.copyOf(byCode);
        this.workingDays = workingDays;
        this.defaultRegime = byCode.get(defaultRegime);
        if (this.defaultRegime == null) {
            throw new IllegalStateException("Chế độ báo cáo mặc định '" + defaultRegime
                    + "' không có trong cấu hình reporting.regimes " + byCode.keySet());
        }
        regimes.forEach(this::rejectDeadlinesBeforeCutOff);
    }

    public Regime defaultRegime() {
        return defaultRegime;
    }

    /** A regime by code ({@code quy-nam}) or by the plan's phrase ("Quý, năm"), case- and NFC-insensitive. */
    public Optional<Regime> regime(String codeOrName) {
        if (codeOrName == null) {
            return Optional.empty();
        }
        String wanted = normalized(codeOrName);
        return regimes.values().stream()
                .filter(regime -> normalized(regime.code()).equals(wanted)
                        || normalized(regime.name()).equals(wanted))
                .findFirst();
    }

    /** Every configured regime, by code. */
    public List<Regime> regimes() {
        return regimes.values().stream().sorted(Comparator.comparing(Regime::code)).toList();
    }

    public WorkingDays workingDays() {
        return workingDays;
    }

    /**
     * A year's days off and swapped working days, announced or computed.
     *
     * @throws UnknownPeriodException for a year before Bộ luật Lao động 2019 took effect (2021) or
     *                                past the lunar calendar's range (2199) (400)
     */
    public HolidayYear holidaysOf(int year) {
        if (year < FIRST_CALENDAR_YEAR || year > LAST_CALENDAR_YEAR) {
            throw new UnknownPeriodException("Năm không hợp lệ", "Lịch ngày nghỉ có cho các năm từ "
                    + FIRST_CALENDAR_YEAR + " (Bộ luật Lao động 2019 có hiệu lực) đến " + LAST_CALENDAR_YEAR
                    + ", không có năm " + year + ".");
        }
        return workingDays.year(year);
    }

    public List<ScheduledReport> reportsOf(Regime regime, int year, ReportLevel level) {
        return regime.periodsOf(year).stream()
                .map(period -> new ScheduledReport(regime, period, level,
                        regime.deadline(level).dueFor(period, workingDays)))
                .toList();
    }

    /** The regime's periods whose data window holds the date, earliest cut-off, then shortest, first. */
    public List<ReportingPeriod> openPeriods(Regime regime, LocalDate date) {
        List<ReportingPeriod> open = new ArrayList<>();
        for (int year = date.getYear(); year <= date.getYear() + 1; year++) {
            regime.periodsOf(year).stream().filter(period -> period.covers(date)).forEach(open::add);
        }
        open.sort(Comparator.comparing(ReportingPeriod::cutOff)
                .thenComparing(ReportingPeriod::windowStart, Comparator.reverseOrder()));
        return open;
    }

    /**
     * The regime a request names by code or phrase, {@code fallback} when it names none.
     *
     * @throws UnknownPeriodException when it names one the calendar does not have (400)
     */
    public Regime chosenRegime(String codeOrName, Regime fallback) {
        if (codeOrName == null || codeOrName.isBlank()) {
            return fallback;
        }
        return regime(codeOrName).orElseThrow(() -> new UnknownPeriodException("Chế độ báo cáo không hợp lệ",
                "Không có chế độ báo cáo '" + codeOrName + "'."));
    }

    /**
     * The period of the regime a request names by key or label.
     *
     * @throws UnknownPeriodException when the regime has no such period (400)
     */
    public ReportingPeriod chosenPeriod(Regime regime, String keyOrLabel) {
        return (keyOrLabel == null ? Optional.<ReportingPeriod>empty() : period(regime, keyOrLabel))
                .orElseThrow(() -> new UnknownPeriodException("Kỳ báo cáo không hợp lệ", "Kỳ '" + keyOrLabel
                        + "' không thuộc chế độ báo cáo '" + regime.name() + "' (ví dụ: 2026-Q4 hoặc Quý IV/2026)."));
    }

    /**
     * A period of the regime by key ({@code 2026-Q4}; a month as {@code 2026-M01} or, as links made
     * before ADR 0007 say, {@code 2026-M1}) or label ("Quý IV/2026").
     */
    public Optional<ReportingPeriod> period(Regime regime, String keyOrLabel) {
        String wanted = ReportingPeriod.parse(keyOrLabel).map(ReportingPeriod::key).map(ReportingCalendar::normalized)
                .orElseGet(() -> normalized(keyOrLabel));
        Set<Integer> years = new HashSet<>();
        java.util.regex.Matcher year = java.util.regex.Pattern.compile("(19|20)\\d\\d").matcher(keyOrLabel);
        while (year.find()) {
            years.add(Integer.parseInt(year.group()));
        }
        return years.stream().flatMap(y -> regime.periodsOf(y).stream())
                .filter(period -> normalized(period.key()).equals(wanted)
                        || normalized(period.label()).equals(wanted))
                .findFirst();
    }

    private void rejectDeadlinesBeforeCutOff(Regime regime) {
        for (int year : workingDays.announcedYears()) {
            for (ReportingPeriod period : regime.periodsOf(year)) {
                LocalDate unitDue = regime.deadline(ReportLevel.UNIT_TO_OFFICE).dueFor(period, workingDays);
                LocalDate officeDue = regime.deadline(ReportLevel.OFFICE_TO_PROVINCE).dueFor(period, workingDays);
                for (ReportLevel level : ReportLevel.values()) {
                    LocalDate due = level == ReportLevel.UNIT_TO_OFFICE ? unitDue : officeDue;
                    if (!due.isAfter(period.cutOff())) {
                        throw new IllegalStateException(("Chế độ báo cáo '%s' (%s): hạn nộp %s (%s) là %s,"
                                + " không sau ngày chốt số liệu %s của kỳ %s. Nghị định 09/2019/NĐ-CP"
                                + " yêu cầu hạn nộp sau ngày chốt số liệu.").formatted(regime.code(),
                                regime.name(), level, regime.deadline(level).describe(),
                                VN_DATE.format(due), VN_DATE.format(period.cutOff()), period.label()));
                    }
                }
                if (officeDue.isBefore(unitDue)) {
                    throw new IllegalStateException(("Chế độ báo cáo '%s' (%s): hạn Văn phòng nộp UBND tỉnh"
                            + " %s trước hạn các đơn vị nộp Văn phòng %s (kỳ %s).").formatted(regime.code(),
                            regime.name(), VN_DATE.format(officeDue), VN_DATE.format(unitDue), period.label()));
                }
            }
        }
    }

    private static String normalized(String text) {
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ");
    }
}
