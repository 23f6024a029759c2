/** The EXAMPLE accounts of the local run: who signs in, with which role, department and unit. */
package vn.dondoc.identity.account;
