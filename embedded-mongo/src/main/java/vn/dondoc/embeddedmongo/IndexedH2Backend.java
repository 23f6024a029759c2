package vn.dondoc.embeddedmongo;

import java.util.List;
import java.util.Map;
import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.DatabaseResolver;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import io.netty.channel.Channel;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.type.ByteArrayDataType;

/**
 * mongo-java-server on an H2 MVStore (a file, or memory), with documents stored as BSON bytes,
 * indexes kept in memory (rebuilt from the documents when the file is opened) and unique lookups
 * under extra conditions. A command's changes are in the file before its reply is sent
 * ({@link CommitBeforeReply}).
 */
public class IndexedH2Backend extends H2Backend {

    /** Written into every store this class opens: documents are BSON bytes, not Java-serialized. */
    private static final String FORMAT_MAP = "dondoc.store-format";
    private static final String FORMAT_KEY = "documents";
    private static final String BSON = "bson";
    private static final String DATA_PREFIX = "databases.";

    private final CommitBeforeReply commit;

    /** Opens (or creates) the store in the file. */
    public IndexedH2Backend(String fileName) {
        this(MVStore.open(fileName));
    }

    private IndexedH2Backend(MVStore store) {
        super(withBsonDocuments(store));
        commit = new CommitBeforeReply(store);
    }

    /** A store in memory only. */
    public static IndexedH2Backend inMemory() {
        return new IndexedH2Backend(MVStore.open(null));
    }

    /**
     * Marks a new store as holding BSON documents; refuses a store that mongo-java-server's own H2
     * backend wrote (Java-serialized documents), which this class cannot read.
     */
    private static MVStore withBsonDocuments(MVStore store) {
        Map<String, String> format = store.openMap(FORMAT_MAP);
        if (format.get(FORMAT_KEY) == null) {
            boolean holdsDocuments = store.getMapNames().stream().anyMatch(name -> name.startsWith(DATA_PREFIX));
            if (holdsDocuments) {
                String file = store.getFileStore() == null ? "memory" : store.getFileStore().getFileName();
                store.closeImmediately();
                throw new IllegalStateException("The store " + file + " was written by an earlier version"
                        + " (Java-serialized documents); move it away or delete it to start with an empty store");
            }
            format.put(FORMAT_KEY, BSON);
        }
        return store;
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        return commit.run(command, query, () -> super.handleCommand(channel, databaseName, command, query));
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new IndexedH2Database(databaseName, getMvStore(), getCursorRegistry());
    }

    /** Not static: H2Database opens its collections in its constructor, before fields of a subclass are set. */
    private final class IndexedH2Database extends H2Database {

        IndexedH2Database(String databaseName, MVStore store, CursorRegistry cursorRegistry) {
            super(databaseName, store, cursorRegistry);
        }

        @Override
        public Document handleCommand(Channel channel, String command, Document query, DatabaseResolver databases,
                Oplog oplog) {
            Document counted = CountPipeline.answer(getDatabaseName(), command, query,
                    name -> resolveCollection(name, false));
            return counted != null ? counted : super.handleCommand(channel, command, query, databases, oplog);
        }

        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            String namespace = getFullCollectionNamespace(collectionName);
            MVStore store = getMvStore();
            MVMap<Object, byte[]> documents = store.openMap(DATA_PREFIX + namespace,
                    new MVMap.Builder<Object, byte[]>().valueType(ByteArrayDataType.INSTANCE));
            return new BsonH2Collection(this, collectionName, options, documents, cursorRegistry);
        }

        @Override
        protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName,
                List<IndexKey> keys, boolean sparse) {
            return new UniqueFieldLookup<>(new InMemoryUniqueIndex<>(indexName, keys, sparse), indexName, keys, sparse);
        }

        @Override
        protected Index<Object> openOrCreateSecondaryIndex(String collectionName, String indexName,
                List<IndexKey> keys, boolean sparse) {
            boolean positionedById = resolveCollection(collectionName, false) instanceof BsonH2Collection collection
                    && collection.positionedById();
            return new EqualityIndex<>(indexName, keys, sparse, positionedById
                    ? DocumentPositions.ids(BsonH2Collection::positionOf) : DocumentPositions.kept(indexName));
        }
    }
}
