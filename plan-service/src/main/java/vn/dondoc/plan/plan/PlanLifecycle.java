package vn.dondoc.plan.plan;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;
import vn.dondoc.contracts.PlanAmended;
import vn.dondoc.contracts.PlanIssued;
import vn.dondoc.contracts.PlanWithdrawn;
import vn.dondoc.eventing.Outbox;
import vn.dondoc.eventing.OutboxWrites;

/**
 * Amends and withdraws issued plans. Each change and its event are one conditional update of the
 * plan document (state and version checked), so the event is published if and only if the change
 * is stored, and a concurrent change loses with a conflict; the relay is told at once
 * ({@link OutboxWrites}).
 */
@Service
public class PlanLifecycle {

    private final Plans plans;
    private final OutboxWrites writes;
    private final Clock clock;

    PlanLifecycle(Plans plans, OutboxWrites writes, Clock clock) {
        this.plans = plans;
        this.writes = writes;
        this.clock = clock;
    }

    public Optional<Plan> amend(String planId, String title, List<PlanTask> tasks, String reason) {
        return plans.findById(planId).map(plan -> {
            String newTitle = title == null || title.isBlank() ? plan.title() : title.strip();
            PlanContent content = new PlanContent(plan.number(), newTitle, plan.departmentCode(), plan.issuedOn(),
                    PlanChanges.continuing(plan.tasks(), tasks));
            List<String> changes = PlanChanges.between(plan, newTitle, content.tasks());
            if (changes.isEmpty()) {
                throw new InvalidPlanException("Bản sửa đổi không thay đổi gì so với kế hoạch hiện hành");
            }
            int version = plan.planVersion() + 1;
            PlanAmended event = new PlanAmended(UUID.randomUUID().toString(), clock.instant(), planId, plan.number(),
                    plan.departmentCode(), version, reason, changes, newTitle,
                    content.tasks().stream().map(PlanLifecycle::toTask).toList());
            Update update = new Update().set("title", newTitle).set("tasks", content.tasks())
                    .set("status", PlanStatus.AMENDED).set("planVersion", version)
                    .push("pendingEvents", Outbox.pending(planId, plan.number(), event));
            return change(plan, update, "sửa đổi");
        });
    }

    public Optional<Plan> withdraw(String planId, String reason) {
        return plans.findById(planId).map(plan -> {
            PlanWithdrawn event = new PlanWithdrawn(UUID.randomUUID().toString(), clock.instant(), planId,
                    plan.number(), plan.departmentCode(), reason);
            Update update = new Update().set("status", PlanStatus.WITHDRAWN)
                    .push("pendingEvents", Outbox.pending(planId, plan.number(), event));
            return change(plan, update, "thu hồi");
        });
    }

    private Plan change(Plan plan, Update update, String action) {
        if (plan.status() == PlanStatus.WITHDRAWN) {
            throw new PlanNotChangeableException("Kế hoạch " + plan.number() + " đã bị thu hồi, không thể " + action);
        }
        Criteria version = plan.planVersion() == 1
                ? new Criteria().orOperator(Criteria.where("planVersion").is(1), Criteria.where("planVersion").exists(false))
                : Criteria.where("planVersion").is(plan.planVersion());
        Query current = Query.query(new Criteria().andOperator(Criteria.where("_id").is(plan.id()),
                Criteria.where("status").ne(PlanStatus.WITHDRAWN.name()), version));
        return writes.update(current, update, Plan.class).orElseThrow(() -> new PlanNotChangeableException(
                "Kế hoạch " + plan.number() + " vừa được thay đổi: tải lại rồi thử lại"));
    }

    private static PlanIssued.Task toTask(PlanTask task) {
        return new PlanIssued.Task(task.taskId(), task.number(), task.content(), task.leadUnits(),
                task.coordinatorUnits(), task.dueDate(), task.timeframeKind(), task.timeframeText(),
                task.leadUnitsToDesignate(), task.coordinatorUnitsToDesignate());
    }
}
