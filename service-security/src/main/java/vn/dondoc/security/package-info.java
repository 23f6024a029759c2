/** The parts of bearer-token security that all services share: problem details and the own-unit rule. */
package vn.dondoc.security;
