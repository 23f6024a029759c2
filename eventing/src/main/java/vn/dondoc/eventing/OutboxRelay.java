package vn.dondoc.eventing;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Publishes the pending events stored inside aggregate documents, oldest first per document, and
 * removes each one only after the broker acknowledged it. Publication is at least once (a crash
 * between the acknowledgement and the removal publishes again), so consumers deduplicate on the
 * event id.
 */
public class OutboxRelay implements SmartLifecycle {

    static final String PENDING_EVENTS = "pendingEvents";
    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final int BATCH = 200;

    private final MongoOperations mongo;
    private final CloudEventPublisher publisher;
    private final List<String> collections;
    private final Duration interval;
    private ScheduledExecutorService scheduler;

    public OutboxRelay(MongoOperations mongo, CloudEventPublisher publisher, List<String> collections,
            Duration interval) {
        this.mongo = mongo;
        this.publisher = publisher;
        this.collections = List.copyOf(collections);
        this.interval = interval;
    }

    /** One pass over every outbox collection; returns how many events were published. */
    public int relayPending() {
        int published = 0;
        for (String collection : collections) {
            published += relay(collection);
        }
        return published;
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

    private int relay(String collection) {
        int published = 0;
        Query query = withPendingEvents().limit(BATCH);
        query.fields().include(PENDING_EVENTS);
        for (Document document : mongo.find(query, Document.class, collection)) {
            for (Document stored : document.getList(PENDING_EVENTS, Document.class)) {
                PendingEvent event = mongo.getConverter().read(PendingEvent.class, stored);
                publisher.publish(event);
                mongo.updateFirst(Query.query(Criteria.where("_id").is(document.get("_id"))),
                        new Update().pull(PENDING_EVENTS, new Document("eventId", event.eventId())),
                        collection);
                published++;
            }
        }
        return published;
    }

    private static Query withPendingEvents() {
        return Query.query(Criteria.where(PENDING_EVENTS + ".0").exists(true));
    }

    private void relaySafely() {
        try {
            relayPending();
        } catch (RuntimeException e) {
            log.warn("Outbox relay pass failed, the events stay pending: {}", e.getMessage());
        }
    }

    @Override
    public synchronized void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "outbox-relay");
            thread.setDaemon(true);
            return thread;
        });
        scheduler.scheduleWithFixedDelay(this::relaySafely, 0, interval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdown();
            try {
                scheduler.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }
}
