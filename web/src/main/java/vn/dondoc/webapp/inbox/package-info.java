/** A unit's inbox with mark-as-read. */
package vn.dondoc.webapp.inbox;
