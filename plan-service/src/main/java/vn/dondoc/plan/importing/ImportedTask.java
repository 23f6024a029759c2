package vn.dondoc.plan.importing;

import vn.dondoc.plan.timeframe.Timeframe;

/**
 * A task read from the table, with the cells as written and what they resolved to.
 *
 * @param number  as printed ("2.1.1"); prefixed with its section when the table restarts numbering ("II.1")
 * @param section the heading it sits under, or null
 */
public record ImportedTask(String taskId, String number, String section, String content, String leadText,
        String coordinatorText, TaskUnits units, Timeframe timeframe) {
}
