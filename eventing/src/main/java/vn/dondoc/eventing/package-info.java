/**
 * How every service moves events: pending events stored inside the aggregate document, a relay
 * that publishes them as CloudEvents with a synchronous send, and a reader that turns a received
 * record into a contract record or rejects it to the dead-letter topic.
 */
package vn.dondoc.eventing;
