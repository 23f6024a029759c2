package vn.dondoc.plan.draft;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import vn.dondoc.plan.directory.Roster;
import vn.dondoc.plan.directory.UnitDirectory;
import vn.dondoc.plan.importing.Finding;
import vn.dondoc.plan.importing.ImportedPlan;
import vn.dondoc.plan.importing.ImportedTask;
import vn.dondoc.plan.importing.IssueDate;
import vn.dondoc.plan.importing.ParentReference;
import vn.dondoc.plan.importing.PlanHeader;
import vn.dondoc.plan.importing.PlanImporter;
import vn.dondoc.plan.plan.InvalidPlanException;
import vn.dondoc.plan.plan.ParentPlans;
import vn.dondoc.plan.plan.Plan;
import vn.dondoc.plan.plan.PlanContent;
import vn.dondoc.plan.plan.PlanRegistration;
import vn.dondoc.plan.plan.PlanTask;

/** Imports documents into drafts, applies the office's corrections and issues drafts as plans. */
@Service
public class PlanDrafting {

    private final PlanDrafts drafts;
    private final UnitDirectory directory;
    private final PlanRegistration registration;
    private final ParentPlans parents;
    private final Clock clock;

    PlanDrafting(PlanDrafts drafts, UnitDirectory directory, PlanRegistration registration, ParentPlans parents,
            Clock clock) {
        this.drafts = drafts;
        this.directory = directory;
        this.registration = registration;
        this.parents = parents;
        this.clock = clock;
    }

    public PlanDraft importText(String text, String department) {
        var imported = new PlanImporter(directory::rosterOf).importText(text, department, LocalDate.now(clock));
        return drafts.insert(PlanDraft.of(UUID.randomUUID().toString(), withParentFindings(imported), clock.instant()));
    }

    /** A cited plan of UBND tỉnh that is not registered (or not in the cited year) will not be linked: say so. */
    private ImportedPlan withParentFindings(ImportedPlan imported) {
        List<Finding> findings = new ArrayList<>(imported.findings());
        findings.addAll(parentFindings(imported.header()));
        return new ImportedPlan(imported.header(), imported.tasks(), imported.taskSource(), findings);
    }

    private List<Finding> parentFindings(PlanHeader header) {
        List<Finding> findings = new ArrayList<>();
        for (ParentReference parent : header.parentReferences()) {
            if (parent.number().endsWith("-UBND") && parents.resolve(parent.number(), parent.date()).isEmpty()) {
                findings.add(new Finding(Finding.Code.PARENT_NOT_REGISTERED, null, 0, "Kế hoạch số " + parent.number()
                        + (parent.date() == null ? "" : " năm " + parent.date().getYear())
                        + " của UBND tỉnh chưa được đăng ký trong hệ thống: kế hoạch này chưa được liên kết làm kế hoạch con"));
            }
        }
        return findings;
    }

    /** A Word (.docx) document: read into text, then imported like text. */
    public PlanDraft importDocx(byte[] docx, String department) {
        return importText(vn.dondoc.plan.importing.DocxText.read(docx), department);
    }

    /** A page of the department's drafts not issued yet, newest first. */
    public Page<PlanDraft> openDrafts(String department, int page, int size) {
        return drafts.findByDepartmentCodeAndStatus(department, PlanDraft.Status.DRAFT, PageRequest.of(page, size,
                Sort.by(Sort.Direction.DESC, "importedAt").and(Sort.by("id"))));
    }

    public Optional<PlanDraft> draft(String id) {
        return drafts.findById(id);
    }

    public PlanDraft correctTask(PlanDraft draft, ImportedTask task) {
        return drafts.save(draft.withTask(task));
    }

    /**
     * The office's corrections to the header (number, date, title, coverage, parent plans, signer,
     * reporting): an issued draft is refused before the correction is even read. The header's
     * findings are worked out again (a number given settles "chưa có số", a parent plan not
     * registered is said again), and issuing uses the corrected header.
     */
    public PlanDraft correctHeader(PlanDraft draft, UnaryOperator<PlanHeader> correction) {
        draft.requireDraft();
        PlanHeader header = correction.apply(draft.header());
        List<Finding> findings = new ArrayList<>(PlanImporter.headerFindings(header));
        findings.addAll(parentFindings(header));
        return drafts.save(draft.withHeader(header, findings));
    }

    /**
     * Registers the draft as an issued plan (which publishes {@code plan-issued}) and marks it issued.
     * Every task needs a lead unit and known names; phrases the office designates ("có liên quan",
     * "được giao chủ trì soạn thảo…") travel in {@code plan-issued} for task-service's designation.
     */
    public Plan issue(PlanDraft draft, String number, LocalDate issuedOn) {
        draft.requireDraft();
        PlanHeader header = draft.header();
        String planNumber = number != null ? number.replaceAll("\\s+", "") : header.numbered() ? header.number() : null;
        if (planNumber == null || !planNumber.matches("\\d{1,6}(\\.\\d{1,3})?/KH(-[\\p{L}\\d&]+)+")) {
            throw new InvalidPlanException("Kế hoạch chưa có số, ký hiệu hợp lệ (dạng 257/KH-SKHCN): nhập số khi ban hành");
        }
        LocalDate date = issuedOn != null ? issuedOn
                : header.issueDate() != null && header.issueDate().precision() == IssueDate.Precision.DAY
                        ? header.issueDate().date() : null;
        if (date == null) {
            throw new InvalidPlanException("Kế hoạch chưa có ngày ban hành đầy đủ: nhập ngày khi ban hành");
        }
        if (header.title() == null || header.title().isBlank()) {
            throw new InvalidPlanException("Kế hoạch chưa có trích yếu");
        }
        if (draft.tasks().isEmpty()) {
            throw new InvalidPlanException("Kế hoạch chưa có nhiệm vụ nào: nhập nhiệm vụ trước khi ban hành");
        }
        checkUnits(draft, directory.rosterOf(draft.departmentCode(), date));
        PlanContent content = new PlanContent(planNumber, header.title(), draft.departmentCode(), date,
                draft.tasks().stream().map(PlanDrafting::toPlanTask).toList(), header.coverageStart(),
                header.coverageEnd(), header.reportingRequirement() == null ? null : header.reportingRequirement().text(),
                header.reportingRequirement() == null ? List.of()
                        : header.reportingRequirement().periods().stream().map(Enum::name).toList(),
                header.parentReferences().stream().map(ParentReference::number).toList(),
                header.parentReferences().stream().flatMap(parent -> parents.resolve(parent.number(), parent.date()).stream())
                        .map(Plan::id).distinct().toList());
        Plan plan = registration.register(draft.id(), content);
        drafts.save(draft.issued());
        return plan;
    }

    private static void checkUnits(PlanDraft draft, Roster roster) {
        List<String> problems = new ArrayList<>();
        for (ImportedTask task : draft.tasks()) {
            if (task.units().leadUnits().isEmpty()) {
                problems.add("nhiệm vụ " + task.number() + " chưa có đơn vị chủ trì");
            }
            Stream.concat(task.units().leadUnits().stream(), task.units().coordinatorUnits().stream())
                    .filter(code -> !roster.knowsCode(code))
                    .forEach(code -> problems.add("nhiệm vụ " + task.number() + ": không có đơn vị mã " + code));
            if (!task.units().unknownNames().isEmpty()) {
                problems.add("nhiệm vụ " + task.number() + ": còn tên đơn vị chưa được chỉ định");
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidPlanException("Chưa thể ban hành: " + String.join("; ", problems));
        }
    }

    private static PlanTask toPlanTask(ImportedTask task) {
        return new PlanTask(task.taskId(), task.number(), task.content(), task.units().leadUnits(),
                task.units().coordinatorUnits(), task.timeframe().dueDate(), task.timeframe().kind().name(),
                task.timeframe().text(), task.units().leadDesignations(), task.units().coordinatorDesignations());
    }
}
