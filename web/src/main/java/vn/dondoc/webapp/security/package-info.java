/** Sign-in (OpenID Connect, PKCE), sign-out, CSRF, and who the signed-in person is. */
package vn.dondoc.webapp.security;
