package vn.dondoc.reporting.obligation;

import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A unit holds work under a plan, so it owes the reports of the plan's regimes. Id
 * {@code unit:plan}. When {@code task-assigned} comes before {@code plan-issued} the link is
 * {@code provisional}, under the department's default regime, until the plan is known.
 */
@Document("unit_plans")
@CompoundIndex(name = "plan", def = "{'planId': 1}") // plan-issued moves and reads the links of its plan
public record UnitPlan(@Id String id, String unitCode, String departmentCode, String planId, List<String> regimes,
        boolean provisional) {

    public UnitPlan {
        regimes = List.copyOf(regimes);
    }

    public static String idOf(String unitCode, String planId) {
        return unitCode + ":" + planId;
    }
}
