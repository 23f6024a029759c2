package vn.dondoc.reporting.obligation;

import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The regimes a plan's reporting requirement selected, inserted once from {@code plan-issued} (id:
 * plan id); the units assigned under the plan report under them.
 *
 * @param regimes codes of the selected regimes, e.g. {@code [3-6-9-thang-va-nam]}
 */
@Document("plan_regimes")
public record PlanRegimes(@Id String planId, String departmentCode, String reportingText,
        List<String> reportingPeriods, List<String> regimes, String eventId) {

    public PlanRegimes {
        reportingPeriods = reportingPeriods == null ? List.of() : List.copyOf(reportingPeriods);
        regimes = List.copyOf(regimes);
    }
}
