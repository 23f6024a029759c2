/** HTTP API of the department report: JSON, .xlsx and .docx. */
package vn.dondoc.reporting.departmentreport.web;
