package vn.dondoc.task.assignment;

/**
 * Which assignments a query wants; every part is optional.
 *
 * @param text words to find in the task content, task number, plan number or unit code, with or
 *             without diacritics
 * @param period the reporting period the assignments belong to ({@link PeriodMembership})
 */
public record AssignmentFilter(String planId, String unitCode, AssignmentStatus status, String text,
        ReportingPeriod period) {

    /** Without a reporting period. */
    public AssignmentFilter(String planId, String unitCode, AssignmentStatus status, String text) {
        this(planId, unitCode, status, text, null);
    }
}
