/** Consumes {@code task-assigned} into the per-unit figures and the reporting calendar. */
package vn.dondoc.reporting.unitfigures.messaging;
