/** The start page: each person is sent to the page of their role. */
package vn.dondoc.webapp.home;
