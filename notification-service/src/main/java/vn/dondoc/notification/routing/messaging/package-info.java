/** Consumes {@code task-assigned} and {@code report-due} into inboxes, emails and webhooks. */
package vn.dondoc.notification.routing.messaging;
