package vn.dondoc.embeddedmongo;

import java.util.Set;
import java.util.function.Function;

import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.bson.ObjectId;

/**
 * The key of a document in an index on one top-level field, as {@link Index#getKeyValues} gives it:
 * for a string or an object id (what ids and codes are) the value itself, which mongo-java-server
 * would find by splitting the field name with a regular expression and normalizing the value (a
 * number, a sub-document or an array is changed by that; a string or an id is not). Other values are
 * left to the index.
 */
final class PlainKeys {

    private PlainKeys() {
    }

    /** The document's keys in an index on {@code field} alone (no path); {@code index}'s own for other values. */
    static Set<KeyValue> of(Document document, String field, Function<Document, Set<KeyValue>> index) {
        Object value = document.get(field);
        return isPlain(value) ? Set.of(new KeyValue(value)) : index.apply(document);
    }

    /** A string or an object id: its own key, equal only to an equal string or id. */
    static boolean isPlain(Object value) {
        return value instanceof String || value instanceof ObjectId;
    }
}
