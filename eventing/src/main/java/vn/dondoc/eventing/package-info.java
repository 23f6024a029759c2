/**
 * How every service moves events: pending events stored inside the aggregate document, a relay
 * that publishes them as CloudEvents with a synchronous send, a reader that turns a received record
 * into a contract record or rejects it, and one consumer error policy: dead-letter what can never be
 * read, retry everything else in place until it passes.
 */
package vn.dondoc.eventing;
