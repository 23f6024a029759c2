package vn.dondoc.reporting.obligation;

import java.time.LocalDate;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The days a plan covers, inserted once from {@code plan-issued} (id: plan id): a continuous task is
 * ongoing only in the periods they overlap. Either end may be {@code null} (not stated: open).
 */
@Document("plan_coverage")
public record PlanCoverage(@Id String planId, LocalDate coverageStart, LocalDate coverageEnd, String eventId) {
}
