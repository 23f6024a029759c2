/** Sends email deliveries over SMTP (plain text and HTML, UTF-8), with retry and a circuit breaker. */
package vn.dondoc.notification.email;
