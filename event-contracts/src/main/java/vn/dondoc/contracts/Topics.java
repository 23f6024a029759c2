package vn.dondoc.contracts;

/** Every topic name, declared once. Each topic has exactly one writing service. */
public final class Topics {

    /** Written by plan-service; key: plan id. */
    public static final String PLAN_ISSUED = "plan-issued";

    /** Written by task-service; key: unit code (a unit's events stay in order). */
    public static final String TASK_ASSIGNED = "task-assigned";

    /** Written by reporting-service; key: unit code. */
    public static final String REPORT_DUE = "report-due";

    /** Written by reporting-service; key: unit code. */
    public static final String UNIT_REPORT_SUBMITTED = "unit-report-submitted";

    private Topics() {
    }
}
