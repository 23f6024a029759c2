/**
 * The fault suite ({@code ./run-faults.sh}): the local run in its own process, killed, cut off
 * from its broker, store or mail server, and fed bad input, then audited from the outside.
 */
package vn.dondoc.faults;
