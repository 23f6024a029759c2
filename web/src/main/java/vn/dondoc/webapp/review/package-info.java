/** "Cần xử lý": what the office and leadership must act on. */
package vn.dondoc.webapp.review;
