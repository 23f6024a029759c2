package vn.dondoc.eventing;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Publishes the pending events stored inside aggregate documents, in order per document, and
 * removes them only after the broker acknowledged them ({@link OutboxPass}). Documents this
 * instance just wrote are relayed at once, from the document as it was written (the write is
 * acknowledged, so its events are stored); a sweep of every collection (at start, then every
 * {@code sweepInterval}) catches the rest: other instances' writes, events left by a crash or a
 * broker outage. The sweep reads the documents with pending events in pages of {@value #BATCH}, in
 * {@code _id} order, and goes on past a document whose event failed: an event that can never be
 * published is parked ({@link ParkedEvents}), one that failed for now waits for the next sweep.
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
    private final ParkedEvents parkedEvents;
    private final List<String> collections;
    private final Duration interval;
    private final Duration sweepInterval;
    private final Semaphore wakeUp = new Semaphore(0);
    private final Map<Written, List<Document>> recentlyWritten = new ConcurrentHashMap<>();
    private final RecentlyPublished acknowledgedBefore = new RecentlyPublished(10_000);
    private long nextSweep;
    private volatile Thread worker;

    /** A relay that parks with the time of the system clock. */
    public OutboxRelay(MongoOperations mongo, CloudEventPublisher publisher, List<String> collections,
            Duration interval, Duration sweepInterval) {
        this(mongo, publisher, new ParkedEvents(mongo, collections, Clock.systemUTC()), collections, interval,
                sweepInterval);
    }

    public OutboxRelay(MongoOperations mongo, CloudEventPublisher publisher, ParkedEvents parkedEvents,
            List<String> collections, Duration interval, Duration sweepInterval) {
        this.mongo = mongo;
        this.publisher = publisher;
        this.parkedEvents = parkedEvents;
        this.collections = List.copyOf(collections);
        this.interval = interval;
        this.sweepInterval = sweepInterval;
    }

    /**
     * One sweep over every outbox collection: publishes what it can, parks what can never be
     * published; returns how many events were published. Throws the first transient failure once
     * the sweep is done, when events stay pending because of it.
     */
    public int relayPending() {
        OutboxPass pass = pass();
        for (String collection : collections) {
            sweep(pass, collection);
        }
        return finished(pass);
    }

    /**
     * Reads the documents with pending events page by page in {@code _id} order. A page that
     * published and parked nothing while something failed ends the collection's sweep: the broker
     * is most likely unreachable, and the next sweep starts again from the first page.
     */
    private void sweep(OutboxPass pass, String collection) {
        Object after = null;
        while (true) {
            Query page = withPendingEvents();
            if (after != null) {
                page.addCriteria(Criteria.where("_id").gt(after));
            }
            page.with(Sort.by("_id")).limit(BATCH);
            page.fields().include(PENDING_EVENTS);
            List<Document> documents = mongo.find(page, Document.class, collection);
            boolean progressed = documents.isEmpty() || pass.relay(collection, documents);
            if (documents.size() < BATCH || !progressed && pass.transientFailure() != null) {
                return;
            }
            after = documents.get(documents.size() - 1).get("_id");
        }
    }

    private OutboxPass pass() {
        return new OutboxPass(mongo, publisher, acknowledgedBefore, parkedEvents);
    }

    private static int finished(OutboxPass pass) {
        if (pass.transientFailure() != null) {
            throw pass.transientFailure();
        }
        return pass.published();
    }

    /**
     * A document was written with these pending events (all it holds, as written): relay them now
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
        OutboxPass pass = pass();
        for (String collection : collections) {
            List<Document> documents = batch.stream().filter(written -> written.getKey().collection().equals(collection))
                    .map(written -> new Document("_id", written.getKey().id()).append(PENDING_EVENTS, written.getValue()))
                    .toList();
            if (!documents.isEmpty()) {
                pass.relay(collection, documents);
            }
        }
        return finished(pass);
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
            Query query = withPendingEvents();
            query.fields().include(PENDING_EVENTS + ".eventId");
            for (Document document : mongo.find(query, Document.class, collection)) {
                pending += document.getList(PENDING_EVENTS, Document.class, List.of()).size();
            }
        }
        return pending;
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
        parkedEvents.declareIndex();
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

}
