package vn.dondoc.contracts;

import java.util.Map;

/**
 * CloudEvents {@code type} attribute of each event, reverse-DNS and versioned: a breaking change
 * is a new version, never an edit of an existing one.
 */
public final class EventTypes {

    public static final String PLAN_ISSUED = "vn.dondoc.plan.issued.v1";
    public static final String TASK_ASSIGNED = "vn.dondoc.task.assigned.v1";
    public static final String REPORT_DUE = "vn.dondoc.report.due.v1";
    public static final String UNIT_REPORT_SUBMITTED = "vn.dondoc.report.unit-submitted.v1";

    private static final Map<String, Class<?>> PAYLOADS = Map.of(
            PLAN_ISSUED, PlanIssued.class,
            TASK_ASSIGNED, TaskAssigned.class,
            REPORT_DUE, ReportDue.class,
            UNIT_REPORT_SUBMITTED, UnitReportSubmitted.class);

    private EventTypes() {
    }

    /** The record class carried by events of this type, or {@code null} for an unknown type. */
    public static Class<?> payloadOf(String type) {
        return PAYLOADS.get(type);
    }
}
