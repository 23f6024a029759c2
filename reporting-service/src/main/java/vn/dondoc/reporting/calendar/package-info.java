/**
 * The Decree 09/2019 reporting calendar: periods, regimes and deadlines from configuration, counted in
 * working days of the announced holiday calendars, or of the Labour Code's for years not announced.
 */
package vn.dondoc.reporting.calendar;
