/** Decides, from the unit's contact, which channels tell it about an event, or records it as undeliverable. */
package vn.dondoc.notification.routing;
