/**
 * The Decree 09/2019 reporting calendar: periods, regimes and deadlines from configuration, counted in the
 * working days and units' deadline both services share (reporting-vocabulary's DeadlineCalendar).
 */
package vn.dondoc.reporting.calendar;
