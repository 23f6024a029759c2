/** HTTP API of assignments: a unit's work, a plan's assignments, one assignment. */
package vn.dondoc.task.assignment.web;
