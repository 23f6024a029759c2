package vn.dondoc.eventing;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * Idempotent effects: a consumer's effect is a document whose id is derived from what caused it,
 * so applying the same event again hits the unique {@code _id} and changes nothing.
 */
public final class InsertOnce {

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
}
