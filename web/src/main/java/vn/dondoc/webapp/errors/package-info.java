/** Pages shown instead of the one asked for: refusals, not found, a service that is down. */
package vn.dondoc.webapp.errors;
