/** HTTP API of the reports a unit owes. */
package vn.dondoc.reporting.obligation.web;
