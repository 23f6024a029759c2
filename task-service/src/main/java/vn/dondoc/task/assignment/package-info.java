/** Assignments: one unit's role (lead or coordinator) on one task of an issued plan. */
package vn.dondoc.task.assignment;
