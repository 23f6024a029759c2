/** How the calendar's refusals read over HTTP. */
package vn.dondoc.reporting.calendar.web;
