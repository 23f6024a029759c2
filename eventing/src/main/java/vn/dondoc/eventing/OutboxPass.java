package vn.dondoc.eventing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import vn.dondoc.eventing.CloudEventPublisher.PublicationFailedException;

/**
 * One pass of the relay over pages of documents: sends each document's pending events in order
 * without waiting, then waits for the acknowledgements (all of a page within one send timeout of
 * the last acknowledgement) and removes each document's acknowledged events in one bulk update.
 *
 * <p>An event that can never be published is parked and the document's next events go on. A
 * transient failure stops that document (its later events wait, so its order holds) and, for the
 * rest of the pass, every document whose next event goes to the same topic; the other documents go
 * on. Publication is at least once: a document stopped after a later event was sent sends it again.
 */
final class OutboxPass {

    private static final Logger log = LoggerFactory.getLogger(OutboxPass.class);

    private final MongoOperations mongo;
    private final CloudEventPublisher publisher;
    private final RecentlyPublished acknowledgedBefore;
    private final ParkedEvents parkedEvents;
    private final Set<String> failingTopics = new HashSet<>();
    private int published;
    private int parked;
    private PublicationFailedException failure;

    OutboxPass(MongoOperations mongo, CloudEventPublisher publisher, RecentlyPublished acknowledgedBefore,
            ParkedEvents parkedEvents) {
        this.mongo = mongo;
        this.publisher = publisher;
        this.acknowledgedBefore = acknowledgedBefore;
        this.parkedEvents = parkedEvents;
    }

    /**
     * Relays the pending events of these documents (each with its {@code _id} and
     * {@code pendingEvents} as stored); {@code true} if any event was published or parked.
     */
    boolean relay(String collection, List<Document> documents) {
        int before = published + parked;
        List<Sent> sent = new ArrayList<>();
        List<ToPark> toPark = new ArrayList<>();
        for (Document document : documents) {
            Object id = document.get("_id");
            for (Document stored : document.getList(OutboxRelay.PENDING_EVENTS, Document.class, List.of())) {
                PendingEvent event = pendingEvent(stored);
                if (failingTopics.contains(event.topic())) {
                    break;
                }
                // acknowledged already, still in a document saved again before its removal: only removed
                CompletableFuture<?> ack = acknowledgedBefore.contains(event.eventId())
                        ? CompletableFuture.completedFuture(null) : publisher.send(event);
                Sent one = new Sent(id, stored, event, ack);
                PublicationFailedException failed = ack.isCompletedExceptionally() ? failureOf(one, Duration.ZERO) : null;
                if (failed == null) {
                    sent.add(one);
                } else if (failed.permanent()) {
                    toPark.add(new ToPark(one, failed.reason()));
                } else {
                    break;
                }
            }
        }
        Map<Object, List<String>> acknowledged = awaitAcknowledgements(sent, toPark);
        remove(collection, acknowledged);
        for (ToPark one : toPark) {
            park(collection, one);
        }
        return published + parked > before;
    }

    /** Each document's acknowledged events, up to its first transient failure. */
    private Map<Object, List<String>> awaitAcknowledgements(List<Sent> sent, List<ToPark> toPark) {
        Map<Object, List<String>> acknowledged = new LinkedHashMap<>();
        Set<Object> stopped = new HashSet<>();
        long deadline = System.nanoTime() + publisher.timeout().toNanos();
        for (Sent one : sent) {
            if (stopped.contains(one.documentId())) {
                continue;
            }
            PublicationFailedException failed = failureOf(one, Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
            if (failed == null) {
                acknowledgedBefore.add(one.event().eventId());
                acknowledged.computeIfAbsent(one.documentId(), id -> new ArrayList<>()).add(one.event().eventId());
                // a slow broker that keeps acknowledging is waited for; one that answers nothing only once
                deadline = System.nanoTime() + publisher.timeout().toNanos();
            } else if (failed.permanent()) {
                toPark.add(new ToPark(one, failed.reason()));
            } else {
                stopped.add(one.documentId());
            }
        }
        return acknowledged;
    }

    /** Waits for one acknowledgement: {@code null} if it came, else the failure (a transient one marks its topic). */
    private PublicationFailedException failureOf(Sent one, Duration atMost) {
        try {
            publisher.await(one.event(), one.ack(), atMost);
            return null;
        } catch (PublicationFailedException e) {
            if (!e.permanent()) {
                failingTopics.add(one.event().topic());
                failure = failure == null ? e : failure;
            }
            return e;
        }
    }

    private void remove(String collection, Map<Object, List<String>> acknowledged) {
        if (acknowledged.isEmpty()) {
            return;
        }
        // one round trip for the whole page: each document loses only its acknowledged events
        BulkOperations removal = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, collection);
        for (Map.Entry<Object, List<String>> document : acknowledged.entrySet()) {
            removal.updateOne(Query.query(Criteria.where("_id").is(document.getKey())),
                    new Update().pull(OutboxRelay.PENDING_EVENTS,
                            new Document("eventId", new Document("$in", document.getValue()))));
            published += document.getValue().size();
        }
        removal.execute();
    }

    private void park(String collection, ToPark one) {
        Sent event = one.sent();
        if (parkedEvents.park(collection, event.documentId(), event.stored(), one.reason())) {
            parked++;
            log.error("Parked {} {} of {} {}: it can never be published ({}); the events after it go on",
                    event.event().type(), event.event().eventId(), collection, event.documentId(), one.reason());
        }
    }

    /** Built field by field: the entity mapping cost more than the send for a plan's hundreds of events. */
    private PendingEvent pendingEvent(Document stored) {
        Object occurredAt = stored.get("occurredAt");
        Instant time;
        try {
            time = occurredAt == null ? null
                    : mongo.getConverter().getConversionService().convert(occurredAt, Instant.class);
        } catch (RuntimeException unreadable) {
            time = null;
        }
        return new PendingEvent(stored.getString("eventId"), stored.getString("topic"), stored.getString("type"),
                stored.getString("key"), stored.getString("subject"), time, stored.getString("payload"));
    }

    int published() {
        return published;
    }

    int parked() {
        return parked;
    }

    /** The first transient failure of the pass, if any: events are still pending because of it. */
    PublicationFailedException transientFailure() {
        return failure;
    }

    private record Sent(Object documentId, Document stored, PendingEvent event, CompletableFuture<?> ack) {
    }

    private record ToPark(Sent sent, String reason) {
    }
}
