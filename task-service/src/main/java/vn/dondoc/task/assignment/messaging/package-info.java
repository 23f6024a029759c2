/** Consumes {@code plan-issued} and maps it to the assignment domain. */
package vn.dondoc.task.assignment.messaging;
