/** "Báo cáo": the department report (preview, files, submission) and a unit's period report. */
package vn.dondoc.webapp.reports;
