/** Deliveries: one document per (cause, recipient, channel), created before sending, so nothing is sent twice. */
package vn.dondoc.notification.delivery;
