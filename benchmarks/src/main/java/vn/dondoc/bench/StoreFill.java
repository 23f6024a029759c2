package vn.dondoc.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.InsertManyOptions;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.bson.types.ObjectId;

/**
 * Brings a collection to a given size with copies of the documents the pipeline wrote there (each
 * copy a new {@code _id}, no pending events), so that queries can be timed at 100,000 stored
 * assignments without feeding every one of them through the pipeline.
 */
final class StoreFill implements AutoCloseable {

    private static final int BATCH = 1_000;

    private final MongoClient client;

    StoreFill(String mongoUri) {
        this.client = MongoClients.create(mongoUri);
    }

    /** Inserts copies into database.collection until it holds target documents; returns its size. */
    long fill(String database, String collection, long target) {
        MongoCollection<Document> documents = client.getDatabase(database).getCollection(collection);
        List<Document> originals = documents.find().into(new ArrayList<>());
        if (originals.isEmpty()) {
            throw new IllegalStateException(database + "." + collection + " is empty: nothing to copy");
        }
        long size = documents.countDocuments();
        int copy = 0;
        while (size < target) {
            List<Document> batch = new ArrayList<>(BATCH);
            for (int i = 0; i < BATCH && size + batch.size() < target; i++) {
                batch.add(copyOf(originals.get(copy % originals.size()), copy / originals.size() + 1));
                copy++;
            }
            documents.insertMany(batch, new InsertManyOptions().ordered(false));
            size += batch.size();
        }
        return size;
    }

    private static Document copyOf(Document original, int generation) {
        Document copy = new Document(original);
        Object id = original.get("_id");
        copy.put("_id", id instanceof String text ? text + "~copy" + generation : new ObjectId());
        copy.remove("pendingEvents");
        return copy;
    }

    @Override
    public void close() {
        client.close();
    }
}
