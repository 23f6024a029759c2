package vn.dondoc.task.lists;

import vn.dondoc.vocabulary.AssignmentStatus;
import vn.dondoc.vocabulary.ReportingPeriod;
/**
 * Which assignments a query wants; every part is optional.
 *
 * @param text words to find in the task content, task number, plan number or unit code, with or
 *             without diacritics
 * @param period the reporting period the assignments belong to ({@link PeriodMembership})
 * @param extensionPending only those with an extension request waiting for a decision
 * @param planDepartment   only those of the plans of this department ({@code departmentCode}; {@code UBND}:
 *                         the plans of UBND tỉnh), i.e. those its office directs
 */
public record AssignmentFilter(String planId, String unitCode, AssignmentStatus status, String text,
        ReportingPeriod period, boolean extensionPending, String planDepartment) {

    /** Without a reporting period. */
    public AssignmentFilter(String planId, String unitCode, AssignmentStatus status, String text) {
        this(planId, unitCode, status, text, null, false, null);
    }

    /** Whether the text filter is set. */
    boolean searches() {
        return text != null && !text.isBlank();
    }
}
