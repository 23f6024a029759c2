/** Consumes {@code task-assigned} and the task-lifecycle events into the per-unit figures and the reporting calendar. */
package vn.dondoc.reporting.unitfigures.messaging;
