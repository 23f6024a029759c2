/** The department's report for a period: every unit's figures, totals, who has not submitted; .xlsx and .docx. */
package vn.dondoc.reporting.departmentreport;
