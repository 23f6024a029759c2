package vn.dondoc.contracts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A plan (Kế hoạch) was signed and issued. Key: {@code planId}.
 *
 * @param number           number and symbol, e.g. {@code 257/KH-SKHCN}
 * @param departmentCode   the issuing department (Sở), e.g. {@code SKHCN}
 * @param issuedOn         issue date, Asia/Ho_Chi_Minh
 * @param coverageStart    first day the plan covers, or {@code null} (added later: optional)
 * @param coverageEnd      last day the plan covers, or {@code null} (optional)
 * @param reportingText    the reporting requirement as written ("định kỳ quý, năm"), or {@code null}
 * @param reportingPeriods the periods it names: MONTH, QUARTER, HALF_YEAR, NINE_MONTHS, YEAR (optional)
 * @param parentPlans      numbers of the plans this one implements ("38/KH-UBND") (optional)
 * @param parentPlanIds    ids of the registered plans of UBND tỉnh those numbers were resolved to
 *                         (same number, cited date's year = issue year); empty when none is
 *                         registered (optional)
 */
public record PlanIssued(
        String eventId,
        Instant occurredAt,
        String planId,
        String number,
        String title,
        String departmentCode,
        LocalDate issuedOn,
        List<Task> tasks,
        LocalDate coverageStart,
        LocalDate coverageEnd,
        String reportingText,
        List<String> reportingPeriods,
        List<String> parentPlans,
        List<String> parentPlanIds) implements IntegrationEvent {

    /**
     * The {@code departmentCode} of the plans of UBND tỉnh, registered by the provincial office (one
     * deployment serves one province); their tasks name the departments' offices ({@code SKHCN.VP}).
     */
    public static final String PROVINCE_SCOPE = "UBND";

    public PlanIssued {
        Required.text(eventId, "eventId");
        Required.value(occurredAt, "occurredAt");
        Required.text(planId, "planId");
        Required.text(number, "number");
        Required.text(title, "title");
        Required.text(departmentCode, "departmentCode");
        Required.value(issuedOn, "issuedOn");
        tasks = Required.list(tasks);
        reportingPeriods = Required.list(reportingPeriods);
        parentPlans = Required.list(parentPlans);
        parentPlanIds = Required.list(parentPlanIds);
    }

    /** The third version of the contract: parent plans by number only. */
    public PlanIssued(String eventId, Instant occurredAt, String planId, String number, String title,
            String departmentCode, LocalDate issuedOn, List<Task> tasks, LocalDate coverageStart,
            LocalDate coverageEnd, String reportingText, List<String> reportingPeriods, List<String> parentPlans) {
        this(eventId, occurredAt, planId, number, title, departmentCode, issuedOn, tasks, coverageStart, coverageEnd,
                reportingText, reportingPeriods, parentPlans, List.of());
    }

    /** The first version of the contract: header and tasks only. */
    public PlanIssued(String eventId, Instant occurredAt, String planId, String number, String title,
            String departmentCode, LocalDate issuedOn, List<Task> tasks) {
        this(eventId, occurredAt, planId, number, title, departmentCode, issuedOn, tasks, null, null, null,
                List.of(), List.of(), List.of());
    }

    /**
     * One row of the plan's task table.
     *
     * @param number           the row number as printed: {@code 1}, {@code 2.1.1}
     * @param leadUnits        codes of the lead units (chủ trì)
     * @param coordinatorUnits codes of the coordinating units (phối hợp)
     * @param dueDate          deadline, or {@code null} when the task has none
     * @param timeframeKind    CONTINUOUS, EVENT_DRIVEN, FIXED_DEADLINE, RECURRING, ANCHORED_EXTERNAL or
     *                         UNSPECIFIED; {@code null} from senders that predate it (optional)
     * @param timeframeText    the timeframe as written ("Thường xuyên") (optional)
     * @param leadUnitsToDesignate        phrases of the lead cell the office still turns into units
     *                                    ("Các phòng, đơn vị có liên quan"), as written (optional)
     * @param coordinatorUnitsToDesignate the same for the coordinator cell (optional)
     */
    public record Task(
            String taskId,
            String number,
            String content,
            List<String> leadUnits,
            List<String> coordinatorUnits,
            LocalDate dueDate,
            String timeframeKind,
            String timeframeText,
            List<String> leadUnitsToDesignate,
            List<String> coordinatorUnitsToDesignate) {

        public Task {
            Required.text(taskId, "tasks[].taskId");
            Required.text(content, "tasks[].content");
            leadUnits = Required.list(leadUnits);
            coordinatorUnits = Required.list(coordinatorUnits);
            leadUnitsToDesignate = Required.list(leadUnitsToDesignate);
            coordinatorUnitsToDesignate = Required.list(coordinatorUnitsToDesignate);
        }

        /** The second version of the contract: with the timeframe, without phrases to designate. */
        public Task(String taskId, String number, String content, List<String> leadUnits,
                List<String> coordinatorUnits, LocalDate dueDate, String timeframeKind, String timeframeText) {
            this(taskId, number, content, leadUnits, coordinatorUnits, dueDate, timeframeKind, timeframeText,
                    List.of(), List.of());
        }

        /** The first version of the contract: without the timeframe. */
        public Task(String taskId, String number, String content, List<String> leadUnits,
                List<String> coordinatorUnits, LocalDate dueDate) {
            this(taskId, number, content, leadUnits, coordinatorUnits, dueDate, null, null);
        }
    }
}
