/** The calendar over HTTP: a year's working-day calendar, and how the calendar's refusals read. */
package vn.dondoc.reporting.calendar.web;
