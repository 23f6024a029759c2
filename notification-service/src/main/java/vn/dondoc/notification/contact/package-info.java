/** Per-unit contacts and preferences: where, how and how often a unit wants to hear. */
package vn.dondoc.notification.contact;
