package vn.dondoc.task.assignment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;
import vn.dondoc.contracts.AssignmentRole;
import vn.dondoc.eventing.PendingEvent;

/**
 * One unit's role on one task. Its id is derived from plan, task and unit, so the same plan
 * delivered twice cannot assign a unit twice.
 */
@Document("assignments")
public record Assignment(
        @Id String id,
        String planId,
        String planNumber,
        String departmentCode,
        String taskId,
        String taskNumber,
        String taskContent,
        String unitCode,
        AssignmentRole role,
        List<String> leadUnits,
        LocalDate dueDate,
        AssignmentStatus status,
        Instant assignedAt,
        List<PendingEvent> pendingEvents,
        @Version Long version) {

    public Assignment {
        leadUnits = List.copyOf(leadUnits);
        pendingEvents = pendingEvents == null ? List.of() : List.copyOf(pendingEvents);
    }

    /** The id of a unit's assignment on a task of a plan. */
    public static String idOf(String planId, String taskId, String unitCode) {
        return planId + ":" + taskId + ":" + unitCode;
    }
}
