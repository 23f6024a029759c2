package vn.dondoc.eventing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Publishes the pending events stored inside aggregate documents, in order per document, and
 * removes them only after the broker acknowledged them. A pass sends the events of up to
 * {@value #BATCH} documents without waiting, then waits for the acknowledgements and removes each
 * document's acknowledged events in one update. Documents this instance just wrote are relayed at
 * once, from the document as it was saved (the write is acknowledged, so its events are stored);
 * a sweep of every collection (at start, then every {@code sweepInterval}) catches the rest: other
 * instances' writes, events left by a crash or a broker outage.
 * Publication is at least once (a crash between the acknowledgement and the removal publishes
 * again), so consumers deduplicate on the event id.
 */
public class OutboxRelay implements SmartLifecycle {

    static final String PENDING_EVENTS = "pendingEvents";
    private static final String FIRST_PENDING_EVENT_ID = PENDING_EVENTS + ".0.eventId";
    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final int BATCH = 500;
    private static final int SETTLE_MILLIS = 10;

    private final MongoOperations mongo;
    private final CloudEventPublisher publisher;
    private final List<String> collections;
    private final Duration interval;
    private final Duration sweepInterval;
    private final Semaphore wakeUp = new Semaphore(0);
    private final Map<Written, List<Document>> recentlyWritten = new ConcurrentHashMap<>();
    private final RecentlyPublished acknowledgedBefore = new RecentlyPublished(10_000);
    private long nextSweep;
    private volatile Thread worker;

    public OutboxRelay(MongoOperations mongo, CloudEventPublisher publisher, List<String> collections,
            Duration interval, Duration sweepInterval) {
        this.mongo = mongo;
        this.publisher = publisher;
        this.collections = List.copyOf(collections);
        this.interval = interval;
        this.sweepInterval = sweepInterval;
    }

    /** One sweep over every outbox collection; returns how many events were published. */
    public int relayPending() {
        int published = 0;
        for (String collection : collections) {
            published += relay(collection, withPendingEvents());
        }
        return published;
    }

    /**
     * A document was written with these pending events (all it holds, as saved): relay them now
     * rather than at the next sweep. A later write of the same document replaces them.
     */
    public void written(String collection, Object id, List<Document> pendingEvents) {
        if (collections.contains(collection) && !pendingEvents.isEmpty()) {
            recentlyWritten.put(new Written(collection, id), List.copyOf(pendingEvents));
            if (wakeUp.availablePermits() == 0) {
                wakeUp.release();
            }
        }
    }

    private int relayRecentlyWritten() throws InterruptedException {
        settle();
        List<Map.Entry<Written, List<Document>>> batch = recentlyWritten.entrySet().stream().limit(BATCH)
                .map(written -> Map.entry(written.getKey(), written.getValue())).toList();
        // a document written again meanwhile keeps its newer entry
        batch.forEach(written -> recentlyWritten.remove(written.getKey(), written.getValue()));
        int published = 0;
        for (String collection : collections) {
            List<Document> documents = batch.stream().filter(written -> written.getKey().collection().equals(collection))
                    .map(written -> new Document("_id", written.getKey().id()).append(PENDING_EVENTS, written.getValue()))
                    .toList();
            if (!documents.isEmpty()) {
                published += publish(collection, documents);
            }
        }
        return published;
    }

    /**
     * Waits (at most {@value #SETTLE_MILLIS} ms) while writes keep coming, so that the documents of
     * one batched insert go out in one pass rather than the first few alone.
     */
    private void settle() throws InterruptedException {
        int seen = recentlyWritten.size();
        for (int i = 0; i < SETTLE_MILLIS && seen < BATCH; i++) {
            Thread.sleep(1);
            int now = recentlyWritten.size();
            if (now == seen) {
                return;
            }
            seen = now;
        }
    }

    /** How many events wait to be published, across all outbox collections. */
    public long backlog() {
        long pending = 0;
        for (String collection : collections) {
            for (Document document : mongo.find(withPendingEvents(), Document.class, collection)) {
                pending += document.getList(PENDING_EVENTS, Document.class).size();
            }
        }
        return pending;
    }

    private int relay(String collection, Query which) {
        Query query = which.limit(BATCH);
        query.fields().include(PENDING_EVENTS);
        return publish(collection, mongo.find(query, Document.class, collection));
    }

    /** Sends the pending events of the documents (each with its id), then removes the acknowledged ones. */
    private int publish(String collection, List<Document> documents) {
        List<Sent> sent = new ArrayList<>();
        for (Document document : documents) {
            for (Document stored : document.getList(PENDING_EVENTS, Document.class, List.of())) {
                PendingEvent event = pendingEvent(stored);
                // acknowledged already, still in a document saved again before its removal: only removed
                CompletableFuture<?> ack = acknowledgedBefore.contains(event.eventId())
                        ? CompletableFuture.completedFuture(null) : publisher.send(event);
                sent.add(new Sent(document.get("_id"), event, ack));
                if (ack.isCompletedExceptionally()) {
                    return removeAcknowledged(collection, sent);
                }
            }
        }
        return removeAcknowledged(collection, sent);
    }

    /** Built field by field: the entity mapping cost more than the send for a plan's hundreds of events. */
    private PendingEvent pendingEvent(Document stored) {
        Object occurredAt = stored.get("occurredAt");
        return new PendingEvent(stored.getString("eventId"), stored.getString("topic"), stored.getString("type"),
                stored.getString("key"), stored.getString("subject"),
                occurredAt == null ? null : mongo.getConverter().getConversionService().convert(occurredAt, Instant.class),
                stored.getString("payload"));
    }

    /** Removes every document's acknowledged events up to its first failure, then reports a failure. */
    private int removeAcknowledged(String collection, List<Sent> sent) {
        Map<Object, List<String>> acknowledged = new LinkedHashMap<>();
        List<Object> failedDocuments = new ArrayList<>();
        CloudEventPublisher.PublicationFailedException failure = null;
        for (Sent one : sent) {
            if (failedDocuments.contains(one.documentId())) {
                continue;
            }
            try {
                publisher.await(one.event(), one.ack());
                acknowledgedBefore.add(one.event().eventId());
                acknowledged.computeIfAbsent(one.documentId(), id -> new ArrayList<>())
                        .add(one.event().eventId());
            } catch (CloudEventPublisher.PublicationFailedException e) {
                failedDocuments.add(one.documentId());
                failure = failure == null ? e : failure;
            }
        }
        int published = 0;
        if (!acknowledged.isEmpty()) {
            // one round trip for the whole pass: each document loses only its acknowledged events
            BulkOperations removal = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, collection);
            for (Map.Entry<Object, List<String>> document : acknowledged.entrySet()) {
                removal.updateOne(Query.query(Criteria.where("_id").is(document.getKey())),
                        new Update().pull(PENDING_EVENTS,
                                new Document("eventId", new Document("$in", document.getValue()))));
                published += document.getValue().size();
            }
            removal.execute();
        }
        if (failure != null) {
            throw failure;
        }
        return published;
    }

    /** Every pending event has an id, so this is "has pending events", answered by the sparse index. */
    private static Query withPendingEvents() {
        return Query.query(Criteria.where(FIRST_PENDING_EVENT_ID).exists(true));
    }

    /**
     * The sweep's index: sparse, so it holds only the documents with events still to publish (a few),
     * and a sweep reads those instead of every document of the collection.
     */
    private void declarePendingEventsIndex() {
        for (String collection : collections) {
            mongo.indexOps(collection).createIndex(new Index().on(FIRST_PENDING_EVENT_ID, Sort.Direction.ASC)
                    .sparse().named("pending_events"));
        }
    }

    private void relayUntilStopped() {
        while (worker == Thread.currentThread()) {
            try {
                int published;
                if (System.nanoTime() - nextSweep >= 0) {
                    published = relayPending();
                    nextSweep = System.nanoTime() + (published > 0 ? 0 : sweepInterval.toNanos());
                } else {
                    published = relayRecentlyWritten();
                }
                if (published == 0 && recentlyWritten.isEmpty()) {
                    wakeUp.tryAcquire(interval.toMillis(), TimeUnit.MILLISECONDS);
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                log.warn("Outbox relay pass failed, the events stay pending: {}", e.getMessage());
                pause();
            }
        }
    }

    private void pause() {
        try {
            wakeUp.tryAcquire(Math.max(interval.toMillis(), 1000), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public synchronized void start() {
        declarePendingEventsIndex();
        nextSweep = System.nanoTime();
        Thread thread = new Thread(this::relayUntilStopped, "outbox-relay");
        thread.setDaemon(true);
        worker = thread;
        thread.start();
    }

    /**
     * Lets the pass under way finish (an interrupted pass could leave acknowledged events pending,
     * to be published again by the next relay), then stops.
     */
    @Override
    public synchronized void stop() {
        Thread thread = worker;
        worker = null;
        if (thread != null) {
            wakeUp.release();
            try {
                thread.join(30_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return worker != null;
    }

    private record Written(String collection, Object id) {
    }

    private record Sent(Object documentId, PendingEvent event, CompletableFuture<?> ack) {
    }
}
