/** "Tổng quan": the office's and leadership's dashboard. */
package vn.dondoc.webapp.dashboard;
