/** Consumes {@code plan-issued}, {@code plan-amended} and {@code plan-withdrawn} and maps them to planning. */
package vn.dondoc.task.planning.messaging;
