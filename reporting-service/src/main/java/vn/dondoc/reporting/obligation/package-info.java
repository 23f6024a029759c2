/** Which unit owes which periodic report, and the {@code report-due} events announcing and reminding it. */
package vn.dondoc.reporting.obligation;
