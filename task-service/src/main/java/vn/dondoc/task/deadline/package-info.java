/** The daily deadline watch: announces due-soon and overdue assignments once per deadline. */
package vn.dondoc.task.deadline;
