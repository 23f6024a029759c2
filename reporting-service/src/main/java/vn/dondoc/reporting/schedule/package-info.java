/** The periodic run of the service: report-due reminders, then the figures frozen at each passed cut-off. */
package vn.dondoc.reporting.schedule;
