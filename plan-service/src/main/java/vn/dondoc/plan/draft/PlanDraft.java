package vn.dondoc.plan.draft;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.dondoc.plan.importing.Finding;
import vn.dondoc.plan.importing.ImportedPlan;
import vn.dondoc.plan.importing.ImportedTask;
import vn.dondoc.plan.importing.PlanHeader;

/**
 * An imported plan the office is still correcting. Issuing it registers a plan under the same id,
 * and only then is {@code plan-issued} published.
 */
@Document("plan_drafts")
public record PlanDraft(
        @Id String id,
        String departmentCode,
        PlanHeader header,
        List<ImportedTask> tasks,
        ImportedPlan.TaskSource taskSource,
        List<Finding> findings,
        Status status,
        Instant importedAt,
        @Version Long version) {

    public enum Status { DRAFT, ISSUED }

    public PlanDraft {
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
        findings = findings == null ? List.of() : List.copyOf(findings);
    }

    static PlanDraft of(String id, ImportedPlan plan, Instant now) {
        return new PlanDraft(id, plan.header().departmentCode(), plan.header(), plan.tasks(), plan.taskSource(),
                plan.findings(), Status.DRAFT, now, null);
    }

    PlanDraft withTask(ImportedTask corrected) {
        requireDraft();
        List<ImportedTask> changed = new ArrayList<>(tasks);
        changed.replaceAll(task -> task.taskId().equals(corrected.taskId()) ? corrected : task);
        if (changed.stream().noneMatch(task -> task.taskId().equals(corrected.taskId()))) {
            changed.add(corrected);
        }
        return new PlanDraft(id, departmentCode, header, changed, taskSource, findings, status, importedAt, version);
    }

    PlanDraft withHeader(PlanHeader corrected) {
        requireDraft();
        return new PlanDraft(id, departmentCode, corrected, tasks, taskSource, findings, status, importedAt, version);
    }

    PlanDraft issued() {
        requireDraft();
        return new PlanDraft(id, departmentCode, header, tasks, taskSource, findings, Status.ISSUED, importedAt, version);
    }

    void requireDraft() {
        if (status != Status.DRAFT) {
            throw new DraftAlreadyIssuedException(id);
        }
    }
}
