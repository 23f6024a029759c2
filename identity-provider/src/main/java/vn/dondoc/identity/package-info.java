/** The local run's OpenID Connect provider: example accounts, sign-in page and the tokens the services trust. */
package vn.dondoc.identity;
