/** The Vietnamese sign-in page of the provider. */
package vn.dondoc.identity.signin;
