/** What notification-service remembers of each assignment: its plan and task for display, and whether it is overdue. */
package vn.dondoc.notification.tracking;
