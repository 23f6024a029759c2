/** The Decree 09/2019 reporting calendar: periods, regimes, deadlines and working days, from configuration. */
package vn.dondoc.reporting.calendar;
