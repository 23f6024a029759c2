/** Assignments: one unit's role (lead or coordinator) on one task of an issued plan, its lifecycle and its one-write changes. */
package vn.dondoc.task.assignment;
