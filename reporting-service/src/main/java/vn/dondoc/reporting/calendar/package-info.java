/** The reporting calendar: which unit owes which periodic report, and {@code report-due}. */
package vn.dondoc.reporting.calendar;
