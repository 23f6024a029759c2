/** An assignment's status on any date, derived from its history, and its membership of a reporting period. */
package vn.dondoc.task.status;
