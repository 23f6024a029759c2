package vn.dondoc.eventing;

import java.util.List;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

/**
 * {@code GET /actuator/parkedevents}: the events this service could never publish, with why and
 * since when (at most {@value #LISTED}, by collection and document; {@code count} is the total).
 * Like every actuator endpoint but health and prometheus, for an office or leadership token only.
 */
@Endpoint(id = "parkedevents")
public class ParkedEventsEndpoint {

    static final int LISTED = 100;

    private final ParkedEvents parkedEvents;

    public ParkedEventsEndpoint(ParkedEvents parkedEvents) {
        this.parkedEvents = parkedEvents;
    }

    @ReadOperation
    public Report parkedEvents() {
        return new Report(parkedEvents.count(), parkedEvents.list(LISTED));
    }

    /** The total and the first parked events. */
    public record Report(long count, List<ParkedEvent> events) {
    }
}
