/** The in-app inbox of each unit: one notification per event and unit, in Vietnamese. */
package vn.dondoc.notification.inbox;
