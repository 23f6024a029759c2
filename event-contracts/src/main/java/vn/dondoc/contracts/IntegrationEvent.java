package vn.dondoc.contracts;

import java.time.Instant;

/** What every event carries: its id (also the CloudEvents id) and when it happened. */
public interface IntegrationEvent {

    String eventId();

    Instant occurredAt();
}
