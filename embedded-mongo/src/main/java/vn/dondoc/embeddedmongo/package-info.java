/**
 * The embedded store of the local run and the tests: mongo-java-server with the non-unique indexes it
 * otherwise ignores, answering equality lookups on an indexed field without scanning the collection.
 */
package vn.dondoc.embeddedmongo;
