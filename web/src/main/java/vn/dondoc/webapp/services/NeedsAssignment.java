package vn.dondoc.webapp.services;

import java.time.LocalDate;
import java.util.List;

/** A plan task whose units the office must still designate. */
public record NeedsAssignment(String planId, String planNumber, String taskId, String taskNumber, String content,
        List<String> coordinatorUnits, String timeframeText, LocalDate dueDate, String reason,
        List<String> leadUnitsToDesignate, List<String> coordinatorUnitsToDesignate) {
}
