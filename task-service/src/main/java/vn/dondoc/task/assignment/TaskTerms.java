package vn.dondoc.task.assignment;

import java.util.List;
import vn.dondoc.contracts.AssignmentRole;

/**
 * The unit's part in the task as the plan version in force gives it: its role and the task's number,
 * content and lead units. An amendment replaces them whole ({@code ChangeAssignment}).
 */
public record TaskTerms(AssignmentRole role, String taskNumber, String taskContent, List<String> leadUnits) {

    public TaskTerms {
        leadUnits = leadUnits == null ? List.of() : List.copyOf(leadUnits);
    }
}
