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
 * copy a new {@code _id}, no pending events), so that queries can be timed at 100,000 or 1,000,000
 * stored assignments without feeding every one of them through the pipeline. The copies are spread
 * over the departments of a province ({@link ProvinceSpread}): the home department's are copies as
 * they are, the other departments' are rewritten as theirs ({@link DepartmentCopy}), so each has its
 * own units, plans and plan numbers.
 */
final class StoreFill implements AutoCloseable {

    private static final int BATCH = 2_000;

    private final MongoClient client;
    private final ProvinceSpread province;

    StoreFill(String mongoUri, ProvinceSpread province) {
        this.client = MongoClients.create(mongoUri);
        this.province = province;
    }

    /**
     * Inserts copies into database.collection until it holds target documents, each department its
     * share; returns its size.
     */
    long fill(String database, String collection, long target) {
        MongoCollection<Document> documents = collection(database, collection);
        List<Document> originals = originals(documents, database, collection);
        long written = originals.size();
        for (int k = 0; k < province.departments(); k++) {
            List<Document> theirs = k == 0 ? originals : asDepartment(k, originals);
            long first = k == 0 ? written : 0;
            insert(documents, theirs, first, province.share(k, target, written));
        }
        return documents.estimatedDocumentCount();
    }

    /**
     * Gives every other department a copy of each document of database.collection as its own (the
     * plans the copied assignments name); returns the collection's size.
     */
    long copyToEveryDepartment(String database, String collection) {
        MongoCollection<Document> documents = collection(database, collection);
        List<Document> originals = originals(documents, database, collection);
        for (int k = 1; k < province.departments(); k++) {
            insert(documents, asDepartment(k, originals), 0, originals.size());
        }
        return documents.estimatedDocumentCount();
    }

    private MongoCollection<Document> collection(String database, String collection) {
        return client.getDatabase(database).getCollection(collection);
    }

    private static List<Document> originals(MongoCollection<Document> documents, String database,
            String collection) {
        List<Document> originals = documents.find().into(new ArrayList<>());
        if (originals.isEmpty()) {
            throw new IllegalStateException(database + "." + collection + " is empty: nothing to copy");
        }
        return originals;
    }

    private List<Document> asDepartment(int k, List<Document> originals) {
        DepartmentCopy copy = new DepartmentCopy(province.home(), province.department(k));
        return originals.stream().map(copy::of).toList();
    }

    /**
     * Inserts copies number {@code first} to {@code until} (exclusive) of the department's documents:
     * number n is document {@code n % size} of its generation {@code n / size}; generation 0 keeps
     * the document's id, later ones get {@code ~copy<generation>} appended.
     */
    private static void insert(MongoCollection<Document> documents, List<Document> theirs, long first, long until) {
        List<Document> batch = new ArrayList<>(BATCH);
        for (long n = first; n < until; n++) {
            batch.add(copyOf(theirs.get((int) (n % theirs.size())), (int) (n / theirs.size())));
            if (batch.size() == BATCH) {
                documents.insertMany(batch, new InsertManyOptions().ordered(false));
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            documents.insertMany(batch, new InsertManyOptions().ordered(false));
        }
    }

    /** A copy without pending events; of generation 1 and later, with an id of its own. */
    static Document copyOf(Document original, int generation) {
        Document copy = new Document(original);
        copy.remove("pendingEvents");
        if (generation > 0) {
            Object id = original.get("_id");
            copy.put("_id", id instanceof String text ? text + "~copy" + generation : new ObjectId());
        }
        return copy;
    }

    @Override
    public void close() {
        client.close();
    }
}
