package vn.dondoc.contracts;

/** Every topic name, declared once. Each topic has exactly one writing service. */
public final class Topics {

    /** Written by plan-service; key: plan id. */
    public static final String PLAN_ISSUED = "plan-issued";
    /** Written by plan-service; key: plan id. */
    public static final String PLAN_AMENDED = "plan-amended";
    /** Written by plan-service; key: plan id. */
    public static final String PLAN_WITHDRAWN = "plan-withdrawn";

    /** Written by task-service; key: unit code (a unit's events stay in order). */
    public static final String TASK_ASSIGNED = "task-assigned";

    /** Written by reporting-service; key: unit code. */
    public static final String REPORT_DUE = "report-due";

    /** Written by task-service; key: unit code. */
    public static final String TASK_ACKNOWLEDGED = "task-acknowledged";

    /** Written by task-service; key: unit code. */
    public static final String TASK_REFUSED = "task-refused";

    /** Written by task-service; key: unit code. */
    public static final String TASK_PROGRESS_REPORTED = "task-progress-reported";

    /** Written by task-service; key: unit code. */
    public static final String TASK_RESULT_SUBMITTED = "task-result-submitted";

    /** Written by task-service; key: unit code. */
    public static final String TASK_RESULT_REVIEWED = "task-result-reviewed";

    /** Written by task-service; key: unit code. */
    public static final String TASK_EXTENSION_REQUESTED = "task-extension-requested";

    /** Written by task-service; key: unit code. */
    public static final String TASK_EXTENSION_DECIDED = "task-extension-decided";

    /** Written by task-service; key: unit code. */
    public static final String TASK_WITHDRAWN = "task-withdrawn";

    /** Written by task-service; key: unit code. */
    public static final String TASK_NOTE_ADDED = "task-note-added";

    /** Written by task-service; key: unit code. */
    public static final String TASK_REMINDER_SENT = "task-reminder-sent";

    /** Written by task-service; key: unit code. */
    public static final String TASK_OVERDUE = "task-overdue";

    /** Written by task-service; key: unit code. */
    public static final String TASK_DUE_SOON = "task-due-soon";

    /** Written by reporting-service; key: unit code. */
    public static final String UNIT_REPORT_SUBMITTED = "unit-report-submitted";

    /** Written by reporting-service; key: department code. Read by the provincial office. */
    public static final String DEPARTMENT_REPORT_SUBMITTED = "department-report-submitted";

    /** Written by task-service; key: unit code. */
    public static final String TASK_DUE_DATE_CHANGED = "task-due-date-changed";

    /** Written by task-service; key: unit code. */
    public static final String TASK_ASSIGNMENT_CHANGED = "task-assignment-changed";

    /**
     * Written by plan-service; key: the directory entry {@code departmentCode:unitCode}. Compacted
     * ({@code cleanup.policy=compact}): the newest record of each unit is its current entry.
     */
    public static final String UNIT_DIRECTORY_CHANGED = "unit-directory-changed";

    /**
     * Written by reporting-service; key: assignment id. Compacted ({@code cleanup.policy=compact}): the
     * newest record of each assignment is its current state on both axes and its Government Office column.
     */
    public static final String ASSIGNMENT_STATUS = "assignment-status";

    /** The topics kept by key ({@code cleanup.policy=compact}); every other one keeps records for its retention. */
    public static final java.util.Set<String> COMPACTED = java.util.Set.of(UNIT_DIRECTORY_CHANGED, ASSIGNMENT_STATUS);

    private Topics() {
    }
}
