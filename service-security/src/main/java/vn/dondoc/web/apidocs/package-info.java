/** The part of every service's OpenAPI description that is the same everywhere: bearer tokens, problem details, paging. */
package vn.dondoc.web.apidocs;
