/** The OpenID Connect endpoints: clients, token lifetimes, issuer and the security of the sign-in. */
package vn.dondoc.identity.server;
