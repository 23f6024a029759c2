/** Consumes {@code task-assigned} and {@code report-due} into unit inboxes. */
package vn.dondoc.notification.inbox.messaging;
