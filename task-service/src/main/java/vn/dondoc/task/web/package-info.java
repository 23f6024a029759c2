/** HTTP API of task-service: assignments and their commands, the lists, the office's work on plan tasks. */
package vn.dondoc.task.web;
