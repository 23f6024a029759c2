/** The compacted topic's creation. */
package vn.dondoc.reporting.assignmentstatus.messaging;
