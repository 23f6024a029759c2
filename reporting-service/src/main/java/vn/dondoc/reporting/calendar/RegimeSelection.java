package vn.dondoc.reporting.calendar;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.dondoc.vocabulary.PeriodType;

/**
 * Which configured regimes a plan's reporting requirement selects. The periods the plan names
 * ({@code QUARTER}, {@code HALF_YEAR}, {@code NINE_MONTHS}, {@code YEAR}, {@code MONTH}) pick the
 * regime with exactly those periods ("quý, năm" → {@code quy-nam}; "3 tháng, 6 tháng, 9 tháng và năm"
 * → {@code 3-6-9-thang-va-nam}); a mix no single regime has is covered by several. Without named
 * periods the text is matched against the regimes' names; without a requirement the department's
 * default regime applies ({@code reporting.department-regimes}, else {@code reporting.default-regime}).
 */
public final class RegimeSelection {

    private final ReportingCalendar calendar;
    private final Map<String, Regime> departmentDefaults;

    /** Fails the start when a department's default regime is not configured. */
    public RegimeSelection(ReportingCalendar calendar, Map<String, String> departmentRegimes) {
        this.calendar = calendar;
        this.departmentDefaults = (departmentRegimes == null ? Map.<String, String>of() : departmentRegimes)
                .entrySet().stream().collect(java.util.stream.Collectors.toUnmodifiableMap(Map.Entry::getKey,
                        entry -> calendar.regime(entry.getValue()).orElseThrow(() -> new IllegalStateException(
                                "reporting.department-regimes." + entry.getKey() + ": chế độ báo cáo '"
                                        + entry.getValue() + "' không có trong cấu hình reporting.regimes"))));
    }

    /** The regime a department's plans report under when they state no requirement. */
    public Regime departmentDefault(String departmentCode) {
        return departmentCode == null ? calendar.defaultRegime()
                : departmentDefaults.getOrDefault(departmentCode, calendar.defaultRegime());
    }

    /** The regimes a plan's requirement selects; never empty. */
    public List<Regime> forPlan(String departmentCode, String reportingText, List<String> reportingPeriods) {
        Set<PeriodType> wanted = periodTypes(reportingPeriods);
        if (wanted.isEmpty()) {
            return byName(reportingText).map(List::of).orElseGet(() -> List.of(departmentDefault(departmentCode)));
        }
        List<Regime> regimes = preferring(departmentDefault(departmentCode));
        Optional<Regime> exact = regimes.stream().filter(regime -> Set.copyOf(regime.periodTypes()).equals(wanted))
                .findFirst();
        if (exact.isPresent()) {
            return List.of(exact.get());
        }
        List<Regime> chosen = new ArrayList<>();
        Set<PeriodType> missing = EnumSet.copyOf(wanted);
        regimes.stream().filter(regime -> wanted.containsAll(regime.periodTypes()))
                .sorted(Comparator.comparing(regime -> -regime.periodTypes().size()))
                .forEach(regime -> cover(regime, missing, chosen));
        for (PeriodType type : wanted) {
            regimes.stream().filter(regime -> regime.periodTypes().contains(type))
                    .min(Comparator.comparing(regime -> regime.periodTypes().size()))
                    .ifPresent(regime -> cover(regime, missing, chosen));
        }
        return chosen.isEmpty() ? List.of(departmentDefault(departmentCode)) : List.copyOf(chosen);
    }

    private static void cover(Regime regime, Set<PeriodType> missing, List<Regime> chosen) {
        if (regime.periodTypes().stream().anyMatch(missing::contains)) {
            chosen.add(regime);
            regime.periodTypes().forEach(missing::remove);
        }
    }

    /** The department's default first, then the others by code, so a tie goes to the default. */
    private List<Regime> preferring(Regime first) {
        List<Regime> regimes = new ArrayList<>(List.of(first));
        calendar.regimes().stream().filter(regime -> !regime.equals(first)).forEach(regimes::add);
        return regimes;
    }

    private Optional<Regime> byName(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String wanted = normalized(text);
        return calendar.regimes().stream().filter(regime -> wanted.contains(normalized(regime.name())))
                .max(Comparator.comparing(regime -> regime.name().length()));
    }

    /** The types plan-service names ({@code HALF_YEAR}, also the legacy {@code SIX_MONTHS}); unknown names are ignored. */
    static Set<PeriodType> periodTypes(List<String> names) {
        Set<PeriodType> types = EnumSet.noneOf(PeriodType.class);
        for (String name : names == null ? List.<String>of() : names) {
            PeriodType.named(name).ifPresent(types::add);
        }
        return types;
    }

    private static String normalized(String text) {
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
                .replace("hàng", "hằng").replaceAll("\\s+", " ");
    }
}
