package vn.dondoc.plan.draft;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.dondoc.plan.importing.Finding;
import vn.dondoc.plan.importing.ImportedPlan;
import vn.dondoc.plan.importing.ImportedTask;
import vn.dondoc.plan.importing.PlanHeader;
import vn.dondoc.vocabulary.TimeframeKind;

/**
 * An imported plan the office is still correcting. Issuing it registers a plan under the same id,
 * and only then is {@code plan-issued} published.
 */
@Document("plan_drafts")
@CompoundIndex(name = "department_open", def = "{'departmentCode': 1, 'status': 1, 'importedAt': -1, '_id': 1}") // open drafts, a page at a time
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

    /** The findings a header correction settles or raises again (the others stay as imported). */
    static final Set<Finding.Code> HEADER_CODES = Set.of(Finding.Code.MISSING_NUMBER,
            Finding.Code.IMPRECISE_ISSUE_DATE, Finding.Code.MISSING_HEADER_FIELD,
            Finding.Code.SUSPICIOUS_PARENT_REFERENCE, Finding.Code.PARENT_NOT_REGISTERED);

    public PlanDraft {
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
        findings = findings == null ? List.of() : List.copyOf(findings);
    }

    static PlanDraft of(String id, ImportedPlan plan, Instant now) {
        return new PlanDraft(id, plan.header().departmentCode(), plan.header(), plan.tasks(), plan.taskSource(),
                plan.findings(), Status.DRAFT, now, null);
    }

    /**
     * The task replaced (or added); once its timeframe is set to a known kind, the finding that it
     * had none ({@code UNSPECIFIED_TIMEFRAME}) is settled and goes.
     */
    PlanDraft withTask(ImportedTask corrected) {
        requireDraft();
        String previousNumber = tasks.stream().filter(task -> task.taskId().equals(corrected.taskId()))
                .map(ImportedTask::number).findFirst().orElse(corrected.number());
        List<Finding> remaining = corrected.timeframe().kind() == TimeframeKind.UNSPECIFIED ? findings
                : findings.stream().filter(finding -> finding.code() != Finding.Code.UNSPECIFIED_TIMEFRAME
                        || finding.row() == null || !finding.row().equals(previousNumber)).toList();
        List<ImportedTask> changed = new ArrayList<>(tasks);
        changed.replaceAll(task -> task.taskId().equals(corrected.taskId()) ? corrected : task);
        if (changed.stream().noneMatch(task -> task.taskId().equals(corrected.taskId()))) {
            changed.add(corrected);
        }
        return new PlanDraft(id, departmentCode, header, changed, taskSource, remaining, status, importedAt, version);
    }

    /** The office's header; the header findings are replaced by those of the corrected header. */
    PlanDraft withHeader(PlanHeader corrected, List<Finding> headerFindings) {
        requireDraft();
        List<Finding> changed = new ArrayList<>(headerFindings);
        findings.stream().filter(finding -> finding.row() != null || !HEADER_CODES.contains(finding.code()))
                .forEach(changed::add);
        return new PlanDraft(id, departmentCode, corrected, tasks, taskSource, changed, status, importedAt, version);
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
