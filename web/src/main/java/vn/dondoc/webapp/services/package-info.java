/** One typed client per service, carrying the user's access token; the records they answer with. */
package vn.dondoc.webapp.services;
