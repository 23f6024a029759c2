/** The web application: server-rendered pages (Thymeleaf, htmx) over the four services' REST APIs. */
package vn.dondoc.webapp;
