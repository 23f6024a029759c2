/** The plan as task-service keeps it: its copy of each issued plan (tasks, coverage, designations) and the task instances a task gives. */
package vn.dondoc.task.plan;
