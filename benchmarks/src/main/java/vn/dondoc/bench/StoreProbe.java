package vn.dondoc.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

/** Counts, straight from the store, how far the pipeline has come. */
final class StoreProbe implements AutoCloseable {

    private final MongoClient client;

    StoreProbe(String mongoUri) {
        this.client = MongoClients.create(mongoUri);
    }

    long assignmentsStored() {
        return client.getDatabase("dondoc-task").getCollection("assignments").estimatedDocumentCount();
    }

    long countedByReporting() {
        return client.getDatabase("dondoc-reporting").getCollection("assigned_tasks")
                .estimatedDocumentCount();
    }

    /** Inbox messages: one per assignment, plus one report-due per unit. */
    long inboxMessages() {
        return client.getDatabase("dondoc-notification").getCollection("notifications")
                .estimatedDocumentCount();
    }

    /**
     * Every assignment stored, published (seen on the topic), counted and in an inbox. Cheap counts
     * only: a filtered count would scan whole collections and slow down what it measures.
     */
    boolean allCaughtUp(long expected, long published) {
        return published >= expected && assignmentsStored() >= expected
                && countedByReporting() >= expected
                && inboxMessages() >= expected + BenchmarkPlans.UNITS;
    }

    @Override
    public void close() {
        client.close();
    }
}
