/** "Quản trị": the office's view of the unit directory and the delivery log. */
package vn.dondoc.webapp.admin;
