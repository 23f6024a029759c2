package vn.dondoc.eventing;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Events that can never be published, parked in their own aggregate's document: one update moves
 * an event from {@code pendingEvents} to {@code parkedEvents} (with the reason and the time), so
 * the event is never lost and never blocks the documents after it. A sparse index on the first
 * parked event lets the health check and the operator endpoint read only the documents holding one.
 */
public class ParkedEvents {

    static final String PARKED_EVENTS = "parkedEvents";
    private static final String FIRST_PARKED_EVENT_ID = PARKED_EVENTS + ".0.eventId";
    private static final List<String> LISTED = List.of("eventId", "topic", "type", "key", "subject", "occurredAt",
            "reason", "parkedAt");

    private final MongoOperations mongo;
    private final List<String> collections;
    private final Clock clock;

    public ParkedEvents(MongoOperations mongo, List<String> collections, Clock clock) {
        this.mongo = mongo;
        this.collections = List.copyOf(collections);
        this.clock = clock;
    }

    /**
     * Moves one pending event (as stored) of the document to its parked events, if it is still
     * pending there; {@code false} when it is not (another relay parked or published it meanwhile).
     */
    boolean park(String collection, Object documentId, Document pendingEvent, String reason) {
        Object eventId = pendingEvent.get("eventId");
        Document parked = new Document(pendingEvent).append("reason", reason).append("parkedAt", clock.instant());
        return mongo.updateFirst(query(where("_id").is(documentId).and(OutboxRelay.PENDING_EVENTS + ".eventId").is(eventId)),
                new Update().pull(OutboxRelay.PENDING_EVENTS, new Document("eventId", eventId)).push(PARKED_EVENTS, parked),
                collection).getModifiedCount() == 1;
    }

    /** How many events are parked, across all outbox collections. */
    public long count() {
        long parked = 0;
        for (String collection : collections) {
            Query query = withParkedEvents();
            query.fields().include(PARKED_EVENTS + ".eventId");
            for (Document document : mongo.find(query, Document.class, collection)) {
                parked += document.getList(PARKED_EVENTS, Document.class, List.of()).size();
            }
        }
        return parked;
    }

    /** The first {@code limit} parked events, by collection and document id, without their payloads. */
    public List<ParkedEvent> list(int limit) {
        List<ParkedEvent> events = new ArrayList<>();
        for (String collection : collections) {
            Query query = withParkedEvents().with(Sort.by("_id")).limit(limit);
            LISTED.forEach(field -> query.fields().include(PARKED_EVENTS + "." + field));
            for (Document document : mongo.find(query, Document.class, collection)) {
                for (Document parked : document.getList(PARKED_EVENTS, Document.class, List.of())) {
                    if (events.size() == limit) {
                        return events;
                    }
                    events.add(new ParkedEvent(collection, document.get("_id"), parked.getString("eventId"),
                            parked.getString("topic"), parked.getString("type"), parked.getString("key"),
                            parked.getString("subject"), instant(parked.get("occurredAt")), parked.getString("reason"),
                            instant(parked.get("parkedAt"))));
                }
            }
        }
        return events;
    }

    private Instant instant(Object stored) {
        return stored == null ? null : mongo.getConverter().getConversionService().convert(stored, Instant.class);
    }

    private static Query withParkedEvents() {
        return query(where(FIRST_PARKED_EVENT_ID).exists(true));
    }

    /** Sparse: it holds only the documents with a parked event (normally none). */
    void declareIndex() {
        for (String collection : collections) {
            mongo.indexOps(collection).createIndex(new Index().on(FIRST_PARKED_EVENT_ID, Sort.Direction.ASC)
                    .sparse().named("parked_events"));
        }
    }
}
