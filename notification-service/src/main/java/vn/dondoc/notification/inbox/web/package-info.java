/** HTTP API of unit inboxes. */
package vn.dondoc.notification.inbox.web;
