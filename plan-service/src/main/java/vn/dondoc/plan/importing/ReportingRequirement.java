package vn.dondoc.plan.importing;

import java.util.List;
import vn.dondoc.vocabulary.PeriodType;

/** How often the plan asks for reports, as written ("định kỳ 3 tháng, 6 tháng, 9 tháng và năm") and as periods. */
public record ReportingRequirement(String text, List<PeriodType> periods) {

    public ReportingRequirement {
        periods = periods == null ? List.of() : List.copyOf(periods);
    }
}
