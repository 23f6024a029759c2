package vn.dondoc.embeddedmongo;

import java.util.List;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import org.h2.mvstore.MVStore;

/**
 * mongo-java-server on an H2 MVStore (a file, or memory), with non-unique indexes (kept in memory,
 * rebuilt from the documents when the file is opened) and unique lookups under extra conditions.
 */
public class IndexedH2Backend extends H2Backend {

    /** Opens (or creates) the store in the file. */
    public IndexedH2Backend(String fileName) {
        super(fileName);
    }

    private IndexedH2Backend(MVStore store) {
        super(store);
    }

    /** A store in memory only. */
    public static IndexedH2Backend inMemory() {
        return new IndexedH2Backend(MVStore.open(null));
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new IndexedH2Database(databaseName, getMvStore(), getCursorRegistry());
    }

    private static final class IndexedH2Database extends H2Database {

        IndexedH2Database(String databaseName, MVStore store, CursorRegistry cursorRegistry) {
            super(databaseName, store, cursorRegistry);
        }

        @Override
        protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName,
                List<IndexKey> keys, boolean sparse) {
            return new UniqueFieldLookup<>(super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse),
                    indexName, keys, sparse);
        }

        @Override
        protected Index<Object> openOrCreateSecondaryIndex(String collectionName, String indexName,
                List<IndexKey> keys, boolean sparse) {
            return new EqualityIndex<>(indexName, keys, sparse);
        }
    }
}
