package vn.dondoc.plan.plan;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.dondoc.contracts.PlanIssued;

/**
 * Which registered plan of UBND tỉnh a citation means ("Thực hiện Kế hoạch số 22/KH-UBND ngày
 * 05/8/2025"): the plan of the province scope with that number, issued in the year of the cited
 * date. Numbers start again every year, so a citation with a wrong year (seed 002 cites 05/02/2025
 * for a plan of 2026) or without a date is not linked: it is kept as written, never guessed.
 */
@Service
public class ParentPlans {

    private final Plans plans;

    ParentPlans(Plans plans) {
        this.plans = plans;
    }

    public Optional<Plan> resolve(String number, LocalDate citedOn) {
        if (number == null || citedOn == null) {
            return Optional.empty();
        }
        return plans.findByDepartmentCodeAndNumber(PlanIssued.PROVINCE_SCOPE, number.replaceAll("\\s+", ""))
                .filter(plan -> plan.issuedOn() != null && plan.issuedOn().getYear() == citedOn.getYear());
    }
}
