package vn.dondoc.plan.importing;

import java.util.List;

/**
 * What the importer made of a document: the header, the tasks, where the tasks came from and what
 * the office should check.
 */
public record ImportedPlan(PlanHeader header, List<ImportedTask> tasks, TaskSource taskSource, List<Finding> findings) {

    public ImportedPlan {
        tasks = List.copyOf(tasks);
        findings = List.copyOf(findings);
    }

    /** Where the tasks came from. */
    public enum TaskSource {
        /** The task table (phụ lục / danh mục). */
        TABLE,
        /** No table: numbered paragraphs of "Tổ chức thực hiện" that open with a unit. */
        PROSE,
        /** The document has no task table: the office enters the tasks. */
        NONE_FOUND
    }
}
