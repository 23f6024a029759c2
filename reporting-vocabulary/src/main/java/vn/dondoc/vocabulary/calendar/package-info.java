/**
 * The one working-day calendar (announced days off, else the Labour Code's) and the units' deadline
 * that task-service and reporting-service both count deadlines in (ADR 0007).
 */
package vn.dondoc.vocabulary.calendar;
