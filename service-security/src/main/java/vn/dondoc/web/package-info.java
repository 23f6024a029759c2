/** The problem details (RFC 9457, in Vietnamese) every service gives for a request it cannot read or accept. */
package vn.dondoc.web;
