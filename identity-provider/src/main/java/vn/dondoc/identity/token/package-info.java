/** What a token says about its account, and the key that signs it. */
package vn.dondoc.identity.token;
