/** Signed CloudEvent webhooks: one delivery per event and endpoint, on its own bounded executor. */
package vn.dondoc.notification.webhook;
