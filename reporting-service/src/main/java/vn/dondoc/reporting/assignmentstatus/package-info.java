/**
 * The compacted {@code assignment-status} topic: each assignment's current state on both axes and its
 * Government Office column, published when an event or a new day changes it.
 */
package vn.dondoc.reporting.assignmentstatus;
