/** Signing in to the provider over HTTP as a browser would, for command-line tools and tests. */
package vn.dondoc.identity.client;
