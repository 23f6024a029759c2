package vn.dondoc.embeddedmongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Filters.or;
import static com.mongodb.client.model.Filters.regex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.DocumentCodec;
import org.bson.conversions.Bson;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every query gives the same documents, in the same order, from the indexed store as from the same
 * mongo-java-server backend without indexes (a scan), through inserts, updates that move a document from one
 * value to another, deletes, and, for the H2 file, a restart.
 */
class IndexedStoreTest {

    private static final List<String> UNITS = List.of("VP", "TTr", "KHTC", "QLKH", "QLCN");

    @TempDir
    Path folder;

    private final StoreServers stores = new StoreServers();

    @AfterEach
    void stop() {
        stores.close();
    }

    static Stream<Arguments> backends() {
        return Stream.of(
                Arguments.of("memory", (Supplier<MongoBackend>) MemoryBackend::new,
                        (Supplier<MongoBackend>) IndexedMemoryBackend::new),
                Arguments.of("H2", (Supplier<MongoBackend>) H2Backend::inMemory,
                        (Supplier<MongoBackend>) IndexedH2Backend::inMemory));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("backends")
    void answersEveryQueryAsAScanDoesThroughInsertsUpdatesAndDeletes(String name, Supplier<MongoBackend> plain,
            Supplier<MongoBackend> withIndexes) {
        MongoCollection<Document> scanned = stores.assignments(plain.get());
        MongoCollection<Document> indexed = stores.assignments(withIndexes.get());
        for (MongoCollection<Document> assignments : List.of(scanned, indexed)) {
            assignments.createIndex(Indexes.ascending("unitCode", "dueDate"));
            assignments.createIndex(Indexes.ascending("tags"));
            assignments.createIndex(Indexes.ascending("pendingEvents.0.eventId"), new IndexOptions().sparse(true));
        }
        Random random = new Random(7);
        List<Document> documents = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            documents.add(randomAssignment(random, "a-" + i));
        }
        scanned.insertMany(documents.stream().map(Document::new).toList());
        indexed.insertMany(documents.stream().map(Document::new).toList());
        assertSameAnswers(scanned, indexed);

        for (int i = 0; i < 150; i++) {
            String id = "a-" + random.nextInt(400);
            Bson change = Updates.combine(Updates.set("unitCode", UNITS.get(random.nextInt(UNITS.size()))),
                    Updates.inc("version", 1));
            Bson versioned = and(eq("_id", id), gte("version", 0));
            scanned.updateOne(versioned, change);
            indexed.updateOne(versioned, change);
        }
        scanned.deleteMany(in("_id", "a-1", "a-2", "a-3", "a-50"));
        indexed.deleteMany(in("_id", "a-1", "a-2", "a-3", "a-50"));
        for (int i = 0; i < 60; i++) {
            Bson moved = eq("_id", "a-" + random.nextInt(400));
            Bson later = Updates.set("dueDate", random.nextInt(30));
            scanned.updateOne(moved, later);
            indexed.updateOne(moved, later);
        }
        scanned.updateMany(eq("unitCode", "TTr"), Updates.set("tags", List.of("moved")));
        indexed.updateMany(eq("unitCode", "TTr"), Updates.set("tags", List.of("moved")));
        // the relay's removal of published events, and new events on other documents
        Bson published = Updates.pull("pendingEvents", new Document("eventId", new Document("$in", List.of("e-0"))));
        scanned.updateMany(eq("unitCode", "VP"), published);
        indexed.updateMany(eq("unitCode", "VP"), published);
        Bson raised = Updates.push("pendingEvents", new Document("eventId", "e-9"));
        scanned.updateMany(eq("unitCode", "QLCN"), raised);
        indexed.updateMany(eq("unitCode", "QLCN"), raised);
        assertSameAnswers(scanned, indexed);
    }

    @Test
    void rebuildsItsIndexesFromTheH2FileWhenReopened() {
        String file = folder.resolve("store.mv").toString();
        MongoCollection<Document> first = stores.assignments(new IndexedH2Backend(file));
        first.createIndex(Indexes.ascending("unitCode"));
        first.createIndex(Indexes.ascending("planId"), new IndexOptions().unique(true));
        first.insertMany(List.of(new Document("_id", 1).append("unitCode", "VP").append("planId", "p1"),
                new Document("_id", 2).append("unitCode", "VP").append("planId", "p2"),
                new Document("_id", 3).append("unitCode", "TTr").append("planId", "p3")));
        stop();

        MongoCollection<Document> reopened = stores.assignments(new IndexedH2Backend(file));
        reopened.insertOne(new Document("_id", 4).append("unitCode", "VP").append("planId", "p4"));

        assertThat(ids(reopened.find(eq("unitCode", "VP")))).containsExactly(1, 2, 4);
        assertThat(ids(reopened.find(and(eq("planId", "p3"), eq("unitCode", "TTr"))))).containsExactly(3);
        assertThat(ids(reopened.find(and(eq("_id", 2), eq("unitCode", "TTr"))))).isEmpty();
        assertThatThrownBy(() -> reopened.insertOne(new Document("_id", 2).append("planId", "p9")))
                .as("the _id index is rebuilt").hasMessageContaining("duplicate key");
        assertThatThrownBy(() -> reopened.insertOne(new Document("_id", 9).append("planId", "p3")))
                .as("a unique index is rebuilt").hasMessageContaining("duplicate key");
    }

    @Test
    void itsDataSizeIsTheStoredDocumentsBsonSizeThroughInsertsUpdatesAndDeletesAndWhenReopened() {
        String file = folder.resolve("store.mv").toString();
        MongoCollection<Document> first = stores.assignments(new IndexedH2Backend(file));
        first.insertMany(List.of(new Document("_id", 1).append("unitCode", "VP"),
                new Document("_id", 2).append("unitCode", "TTr").append("content", "Triển khai kế hoạch"),
                new Document("_id", 3).append("unitCode", "KHTC")));
        assertThat(stores.assignmentsStats().get("size", Number.class).longValue()).isEqualTo(bsonSize(first));
        first.updateOne(eq("_id", 1), Updates.set("content", "Báo cáo kết quả thực hiện quý IV"));
        first.deleteOne(eq("_id", 3));
        long size = bsonSize(first);
        assertThat(stores.assignmentsStats().get("size", Number.class).longValue()).isEqualTo(size);
        stop();

        MongoCollection<Document> reopened = stores.assignments(new IndexedH2Backend(file));
        assertThat(stores.assignmentsStats().get("size", Number.class).longValue()).isEqualTo(size);
        reopened.insertOne(new Document("_id", 4).append("unitCode", "VP"));
        assertThat(stores.assignmentsStats().get("size", Number.class).longValue()).isEqualTo(bsonSize(reopened))
                .isGreaterThan(size);
    }

    private static long bsonSize(MongoCollection<Document> collection) {
        long size = 0;
        for (Document document : collection.find()) {
            size += new RawBsonDocument(document, new DocumentCodec()).getByteBuffer().remaining();
        }
        return size;
    }

    @Test
    void aQueryOnTheIndexsFieldsOnlyGivesTheSameCountAndPagesAsAScanAlsoWithValuesOfOtherKinds() {
        MongoCollection<Document> scanned = stores.assignments(H2Backend.inMemory());
        MongoCollection<Document> indexed = stores.assignments(IndexedH2Backend.inMemory());
        for (MongoCollection<Document> assignments : List.of(scanned, indexed)) {
            assignments.createIndex(Indexes.ascending("unitCode", "dueDate", "_id", "status", "role"));
        }
        Random random = new Random(11);
        List<Document> documents = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            Document document = randomAssignment(random, "c-" + i).append("role", random.nextBoolean() ? "LEAD" : "CO");
            switch (random.nextInt(10)) {
                case 0 -> document.remove("status");
                case 1 -> document.append("status", 7);
                case 2 -> document.append("dueDate", "2026-12-0" + random.nextInt(9));
                default -> { }
            }
            if (document.get("dueDate") instanceof List<?>) {
                document.append("dueDate", new java.util.Date(random.nextInt(30) * 86_400_000L));
            }
            documents.add(document);
        }
        scanned.insertMany(documents.stream().map(Document::new).toList());
        indexed.insertMany(documents.stream().map(Document::new).toList());
        assertSameCountsAndPages(scanned, indexed);

        for (int i = 0; i < 100; i++) {
            Bson moved = eq("_id", "c-" + random.nextInt(600));
            Bson change = Updates.combine(Updates.set("status", random.nextBoolean() ? "OPEN" : "DONE"),
                    Updates.set("dueDate", new java.util.Date(random.nextInt(30) * 86_400_000L)));
            scanned.updateOne(moved, change);
            indexed.updateOne(moved, change);
        }
        scanned.deleteMany(in("_id", "c-1", "c-2", "c-3"));
        indexed.deleteMany(in("_id", "c-1", "c-2", "c-3"));
        assertSameCountsAndPages(scanned, indexed);

        // values only a document can tell: an array of statuses or deadlines, found by a scan
        Bson odd = in("_id", "c-10", "c-11");
        scanned.updateMany(odd, Updates.set("status", List.of("OPEN", "DONE")));
        indexed.updateMany(odd, Updates.set("status", List.of("OPEN", "DONE")));
        scanned.updateOne(eq("_id", "c-12"), Updates.set("dueDate", List.of(1, 2)));
        indexed.updateOne(eq("_id", "c-12"), Updates.set("dueDate", List.of(1, 2)));
        assertSameCountsAndPages(scanned, indexed);
    }

    private void assertSameCountsAndPages(MongoCollection<Document> scanned, MongoCollection<Document> indexed) {
        java.util.Date day = new java.util.Date(15 * 86_400_000L);
        java.util.Date later = new java.util.Date(18 * 86_400_000L);
        List<Bson> queries = new ArrayList<>();
        for (String unit : UNITS) {
            queries.add(new Document("$and", List.of(new Document("unitCode", unit), new Document("role", "LEAD"),
                    new Document("status", new Document("$in", List.of("OPEN", "LATE"))),
                    new Document("dueDate", new Document("$lt", day)))));
            queries.add(new Document("$and", List.of(new Document("unitCode", unit),
                    new Document("status", new Document("$in", List.of("OPEN"))),
                    new Document("dueDate", new Document("$gte", day).append("$lte", later)))));
            queries.add(and(eq("unitCode", unit), lt("dueDate", 12)));
            queries.add(and(eq("unitCode", unit), gte("dueDate", "2026-12-03"), eq("status", "OPEN")));
        }
        for (Bson query : queries) {
            for (int skip : List.of(0, 7, 40)) {
                assertThat(all(indexed.find(query).sort(Sorts.ascending("dueDate", "_id")).skip(skip).limit(10)))
                        .as("%s from %d", query, skip)
                        .isEqualTo(all(scanned.find(query).sort(Sorts.ascending("dueDate", "_id")).skip(skip).limit(10)));
            }
            assertThat(all(indexed.find(query).sort(Sorts.ascending("dueDate", "_id"))))
                    .isEqualTo(all(scanned.find(query).sort(Sorts.ascending("dueDate", "_id"))));
            assertThat(indexed.countDocuments(query)).as("count %s", query).isEqualTo(scanned.countDocuments(query));
        }
    }

    private void assertSameAnswers(MongoCollection<Document> scanned, MongoCollection<Document> indexed) {
        List<Bson> queries = List.of(
                eq("unitCode", "VP"),
                eq("unitCode", "nobody"),
                in("unitCode", "VP", "QLKH"),
                and(eq("unitCode", "KHTC"), lt("dueDate", 15)),
                // as Spring Data writes criteria joined with andOperator: the conditions inside $and
                new Document("$and", List.of(new Document("unitCode", "KHTC"), new Document("status", "OPEN"),
                        new Document("dueDate", new Document("$lt", 15)))),
                new Document("$and", List.of(new Document("unitCode", new Document("$in", List.of("VP", "TTr"))),
                        new Document("dueDate", new Document("$gte", 5).append("$lte", 9.0)))),
                new Document("$and", List.of(new Document("$and", List.of(new Document("unitCode", "QLKH"))),
                        new Document("dueDate", new Document("$gt", 20)))),
                new Document("unitCode", "VP").append("dueDate", new Document("$gt", 20).append("$lt", 3)),
                new Document("unitCode", "VP").append("dueDate", new Document("$gte", 7).append("$lte", 7)),
                new Document("unitCode", "VP").append("dueDate", new Document("$lt", new java.util.Date(0))),
                new Document("unitCode", "VP").append("dueDate", new Document("$gt", 5).append("$ne", 9)),
                new Document("$and", List.of(new Document("unitCode", "QLCN"),
                        new Document("dueDate", new Document("$lt", 25)), new Document("dueDate", new Document("$gt", 10)))),
                and(eq("unitCode", "KHTC"), eq("status", "OPEN")),
                and(eq("unitCode", "VP"), eq("dueDate", null)),
                new Document("$and", List.of(new Document("unitCode", "KHTC"),
                        new Document("status", new Document("$in", List.of("OPEN"))), new Document("dueDate", null))),
                and(eq("unitCode", "QLCN"), eq("dueDate", null), lt("dueDate", 9)),
                and(eq("unitCode", "QLCN"), or(eq("status", "OPEN"), exists("doneOn"))),
                and(eq("unitCode", "VP"), ne("status", "DONE")),
                eq("tags", "urgent"),
                in("tags", "urgent", "moved"),
                in("_id", "a-10", "a-12", "a-399", "nobody"),
                in("unitCode", "VP", 7, "KHTC"),
                in("status", "OPEN"),
                eq("dueDate", 7),
                eq("dueDate", 7.0),
                and(eq("_id", "a-10"), eq("unitCode", "VP")),
                and(eq("_id", "a-11"), exists("unitCode")),
                regex("unitCode", "^Q"),
                exists("pendingEvents.0.eventId"),
                and(exists("pendingEvents.0.eventId"), eq("status", "OPEN")),
                exists("tags"),
                new Document());
        for (Bson query : queries) {
            assertThat(all(indexed.find(query))).as("%s", query).isEqualTo(all(scanned.find(query)));
            assertThat(all(indexed.find(query).sort(Sorts.ascending("dueDate", "_id")).skip(3).limit(5)))
                    .as("%s sorted and paged", query)
                    .isEqualTo(all(scanned.find(query).sort(Sorts.ascending("dueDate", "_id")).skip(3).limit(5)));
            assertThat(indexed.countDocuments(query)).as("count %s", query).isEqualTo(scanned.countDocuments(query));
        }
    }

    private static Document randomAssignment(Random random, String id) {
        Document document = new Document("_id", id)
                .append("unitCode", UNITS.get(random.nextInt(UNITS.size())))
                .append("status", random.nextBoolean() ? "OPEN" : "DONE")
                .append("version", 0L);
        // due dates as int or double on purpose: equal numbers must meet in the index
        switch (random.nextInt(8)) {
            case 0 -> document.append("dueDate", null);
            case 1 -> { } // no deadline
            case 2 -> document.append("dueDate", List.of(random.nextInt(30), random.nextInt(30)));
            case 3 -> document.append("dueDate", new java.util.Date(random.nextInt(30) * 86_400_000L));
            default -> document.append("dueDate",
                    random.nextBoolean() ? (Object) random.nextInt(30) : (Object) (double) random.nextInt(30));
        }
        if (random.nextInt(3) == 0) {
            document.append("tags", List.of("urgent", "q" + random.nextInt(4)));
        } else if (random.nextInt(3) == 0) {
            document.append("tags", "urgent");
        }
        if (random.nextInt(4) == 0) {
            document.append("doneOn", random.nextInt(30));
        }
        List<Document> events = new ArrayList<>();
        for (int i = random.nextInt(4) - 1; i > 0; i--) {
            events.add(new Document("eventId", "e-" + i).append("type", "task-assigned"));
        }
        document.append("pendingEvents", events);
        return document;
    }


    private static List<Document> all(Iterable<Document> documents) {
        List<Document> list = new ArrayList<>();
        documents.forEach(list::add);
        return list;
    }

    private static List<Object> ids(Iterable<Document> documents) {
        return all(documents).stream().map(document -> document.get("_id")).toList();
    }
}
