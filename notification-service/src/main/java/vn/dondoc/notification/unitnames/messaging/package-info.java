/** Binding {@code unitDirectoryChanged-in-0}: the directory's entries into {@code unit_names}. */
package vn.dondoc.notification.unitnames.messaging;
