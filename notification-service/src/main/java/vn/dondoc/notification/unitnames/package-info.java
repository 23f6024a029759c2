/** The names of the units, from plan-service's directory, for the inbox and the emails. */
package vn.dondoc.notification.unitnames;
