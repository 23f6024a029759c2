/**
 * The embedded store of the local run and the tests: mongo-java-server with the non-unique indexes it
 * otherwise ignores, answering equality lookups on an indexed field without scanning the collection,
 * and with every acknowledged write in the H2 file before its reply is sent.
 */
package vn.dondoc.embeddedmongo;
