package vn.dondoc.eventing;

import com.mongodb.bulk.BulkWriteError;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * Idempotent effects: a consumer's effect is a document whose id is derived from what caused it,
 * so applying the same event again hits the unique {@code _id} and changes nothing.
 */
public final class InsertOnce {

    /** MongoDB's duplicate-key error, the same code on MongoDB and on the embedded store. */
    static final int DUPLICATE_KEY = 11000;

    private InsertOnce() {
    }

    /** Inserts the document; {@code false} when a document with its id exists (already applied). */
    public static boolean insert(MongoOperations mongo, Object document) {
        try {
            mongo.insert(document);
            return true;
        } catch (DuplicateKeyException alreadyApplied) {
            return false;
        }
    }

    /**
     * Inserts the documents (all of one entity class) in one unordered bulk write: each document
     * whose id exists already is left out (already applied), the others are stored whatever their
     * place in the list. Returns the documents that were new, in the order given. Any other write
     * error fails the whole call (after the store wrote what it could: calling again is harmless).
     */
    public static <T> List<T> insertAll(MongoOperations mongo, Class<T> type, List<? extends T> documents) {
        if (documents.isEmpty()) {
            return List.of();
        }
        try {
            mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, type).insert(documents).execute();
            return List.copyOf(documents);
        } catch (BulkOperationException failed) {
            Set<Integer> duplicates = new HashSet<>();
            for (BulkWriteError error : failed.getErrors()) {
                if (error.getCode() != DUPLICATE_KEY) {
                    throw failed;
                }
                duplicates.add(error.getIndex());
            }
            List<T> inserted = new ArrayList<>(documents.size() - duplicates.size());
            for (int i = 0; i < documents.size(); i++) {
                if (!duplicates.contains(i)) {
                    inserted.add(documents.get(i));
                }
            }
            return inserted;
        }
    }
}
