package vn.dondoc.embeddedmongo;

import static de.bwaldvogel.mongo.backend.Constants.ID_FIELD;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import de.bwaldvogel.mongo.backend.EmptyIndex;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.bson.Document;

/**
 * Where an {@link EqualityIndex} finds the position of a document it holds, to move or remove it. In
 * memory a position is an insertion number, which each index keeps by the document's id; in the H2
 * file a position is the document's id itself, so nothing needs keeping (at a million documents and
 * four indexes, four maps of a million entries fewer).
 */
interface DocumentPositions<P> {

    /** Positions kept in a map by the document's {@code _id}. */
    static <P> DocumentPositions<P> kept(String indexName) {
        return new Kept<>(new EmptyIndex<>(indexName, List.of(new IndexKey(ID_FIELD, true))));
    }

    /** Positions that are the documents' ids, as {@code positionOf} gives them. */
    static <P> DocumentPositions<P> ids(Function<Document, P> positionOf) {
        return new Ids<>(positionOf);
    }

    /** The position of a document held; {@code null} if it is not held (only a map can tell). */
    P of(Document document);

    void added(Document document, P position);

    /** The position of the document, now no longer held. */
    P removed(Document document);

    long count();

    void clear();

    final class Kept<P> implements DocumentPositions<P> {

        private final Index<P> idKeys;
        private final Map<KeyValue, P> positionsById = new HashMap<>();

        private Kept(Index<P> idKeys) {
            this.idKeys = idKeys;
        }

        @Override
        public P of(Document document) {
            return positionsById.get(idOf(document));
        }

        @Override
        public void added(Document document, P position) {
            positionsById.put(idOf(document), position);
        }

        @Override
        public P removed(Document document) {
            return positionsById.remove(idOf(document));
        }

        @Override
        public long count() {
            return positionsById.size();
        }

        @Override
        public void clear() {
            positionsById.clear();
        }

        private KeyValue idOf(Document document) {
            return PlainKeys.of(document, ID_FIELD, idKeys::getKeyValues).iterator().next();
        }
    }

    final class Ids<P> implements DocumentPositions<P> {

        private final Function<Document, P> positionOf;
        private long count;

        private Ids(Function<Document, P> positionOf) {
            this.positionOf = positionOf;
        }

        @Override
        public P of(Document document) {
            return positionOf.apply(document);
        }

        @Override
        public void added(Document document, P position) {
            count++;
        }

        @Override
        public P removed(Document document) {
            count--;
            return positionOf.apply(document);
        }

        @Override
        public long count() {
            return count;
        }

        @Override
        public void clear() {
            count = 0;
        }
    }
}
