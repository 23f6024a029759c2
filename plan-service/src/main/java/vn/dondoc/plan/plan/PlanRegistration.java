package vn.dondoc.plan.plan;

import java.time.Clock;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import vn.dondoc.contracts.PlanIssued;
import vn.dondoc.eventing.Outbox;
import vn.dondoc.eventing.PendingEvent;

/**
 * Registers an issued plan: the plan and its {@code plan-issued} event are stored in one write,
 * so the event is published if and only if the plan is stored.
 */
@Service
public class PlanRegistration {

    private final Plans plans;
    private final Clock clock;

    PlanRegistration(Plans plans, Clock clock) {
        this.plans = plans;
        this.clock = clock;
    }

    public Plan register(PlanContent content) {
        return register(UUID.randomUUID().toString(), content);
    }

    /** Registers under a given id (an issued draft keeps its id): a second call with the same id is a conflict. */
    public Plan register(String planId, PlanContent content) {
        PendingEvent announcement = Outbox.pending(planId, content.number(),
                PlanIssuedMapping.toEvent(planId, content, clock.instant()));
        try {
            return plans.insert(Plan.issued(planId, content, clock.instant(), announcement));
        } catch (DuplicateKeyException e) {
            throw new PlanAlreadyRegisteredException(content.number());
        }
    }

    /** From a plan's content to the contract record. */
    static final class PlanIssuedMapping {

        private PlanIssuedMapping() {
        }

        static PlanIssued toEvent(String planId, PlanContent content, java.time.Instant now) {
            return new PlanIssued(UUID.randomUUID().toString(), now, planId, content.number(),
                    content.title(), content.departmentCode(), content.issuedOn(),
                    content.tasks().stream()
                            .map(task -> new PlanIssued.Task(task.taskId(), task.number(),
                                    task.content(), task.leadUnits(), task.coordinatorUnits(),
                                    task.dueDate(), task.timeframeKind(), task.timeframeText(),
                                    task.leadUnitsToDesignate(), task.coordinatorUnitsToDesignate()))
                            .toList(),
                    content.coverageStart(), content.coverageEnd(), content.reportingText(),
                    content.reportingPeriods(), content.parentPlans(), content.parentPlanIds());
        }
    }
}
