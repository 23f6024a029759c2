/**
 * The names people read instead of codes: a service's copy of plan-service's unit directory, kept
 * from {@code unit-directory-changed} (binding {@code unitDirectoryChanged-in-0}, configured by each
 * service that depends on this module).
 */
package vn.dondoc.unitnames;
