package vn.dondoc.embeddedmongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.or;
import static com.mongodb.client.model.Filters.regex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.BsonBinarySubType;
import org.bson.BsonTimestamp;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.Binary;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Documents stored as BSON bytes in the H2 file come back as they were sent, also after a restart,
 * and queries that decode only some fields answer as mongo-java-server's own H2 backend does.
 */
class BsonDocumentsTest {

    @TempDir
    Path folder;

    private final StoreServers stores = new StoreServers();

    @AfterEach
    void stop() {
        stores.close();
    }

    @Test
    void everyValueTypeSurvivesTheFileAndARestart() {
        String file = folder.resolve("store.mv").toString();
        Document sent = new Document("_id", "KH-112/2025:2.5:SKHCN.VP:2025-Q3")
                .append("content", "Rà soát, đề xuất nhiệm vụ khoa học và công nghệ cấp tỉnh")
                .append("progress", 40)
                .append("sequence", 9_007_199_254_740_993L)
                .append("rate", 0.875)
                .append("amount", Decimal128.parse("12345.678"))
                .append("done", false)
                .append("reviewedBy", null)
                .append("assignedAt", Date.from(Instant.parse("2026-11-23T03:15:30.123Z")))
                .append("ref", new ObjectId("65f0a1b2c3d4e5f601234567"))
                .append("token", new Binary(new byte[] {1, 2, 3, 127, -128}))
                .append("correlation", new Binary(BsonBinarySubType.UUID_STANDARD, new byte[16]))
                .append("clusterTime", new BsonTimestamp(1_700_000_000, 7))
                .append("history", List.of(
                        new Document("status", "ACKNOWLEDGED").append("at", Date.from(Instant.parse("2026-11-20T01:00:00Z"))),
                        new Document("status", "IN_PROGRESS").append("tags", List.of("quý", "năm"))))
                .append("pendingEvents", List.of(new Document("eventId", "e-1").append("payload",
                        new Document("nested", new Document("deep", List.of(1, 2L, 3.5))))));
        stores.assignments(new IndexedH2Backend(file)).insertOne(sent);
        stop();

        MongoCollection<Document> reopened = stores.assignments(new IndexedH2Backend(file));

        assertThat(reopened.find(eq("_id", sent.get("_id"))).first()).isEqualTo(sent);
        assertThat(reopened.find(eq("history.tags", "năm")).first()).isEqualTo(sent);
        assertThat(reopened.find(eq("done", false)).projection(Projections.include("pendingEvents")).first())
                .as("a projection of the last field skips every other type on the way")
                .isEqualTo(new Document("_id", sent.get("_id")).append("pendingEvents", sent.get("pendingEvents")));
    }

    @Test
    void queriesReturningSomeFieldsAnswerAsMongoJavaServersOwnH2BackendDoes() {
        MongoCollection<Document> reference = stores.assignments(H2Backend.inMemory());
        MongoCollection<Document> stored = stores.assignments(IndexedH2Backend.inMemory());
        stored.createIndex(Indexes.ascending("unitCode", "dueDate"));
        for (int i = 0; i < 60; i++) {
            Document assignment = new Document("_id", "a-" + i)
                    .append("content", "Nhiệm vụ " + i)
                    .append("unitCode", List.of("VP", "TTr", "KHTC").get(i % 3))
                    .append("status", List.of("ASSIGNED", "IN_PROGRESS", "COMPLETED", "REFUSED").get(i % 4))
                    .append("dueDate", i % 7 == 0 ? null : Date.from(Instant.parse("2026-01-01T00:00:00Z").plusSeconds(86_400L * (i % 11))))
                    .append("plan", new Document("number", "KH-" + (i % 5)).append("year", 2025 + i % 2))
                    .append("history", List.of(new Document("status", "ASSIGNED").append("by", "VP")));
            reference.insertOne(assignment);
            stored.insertOne(assignment);
        }
        List<Bson> queries = List.of(new Document(), eq("unitCode", "VP"),
                and(eq("unitCode", "TTr"), in("status", "ASSIGNED", "IN_PROGRESS")),
                or(eq("plan.number", "KH-2"), eq("history.by", "VP")), exists("dueDate", false),
                regex("content", "^Nhiệm vụ 1"), Filters.expr(new Document("$eq", List.of("$unitCode", "KHTC"))));
        List<Bson> projections = List.of(Projections.include("dueDate"), Projections.include("plan.number", "status"),
                Projections.fields(Projections.include("unitCode"), Projections.excludeId()),
                Projections.exclude("content"), Projections.slice("history", 1), Projections.elemMatch("history"));
        List<Bson> sorts = List.of(new Document(), Sorts.ascending("dueDate", "_id"), Sorts.descending("plan.year", "_id"));
        for (Bson query : queries) {
            for (Bson projection : projections) {
                for (Bson sort : sorts) {
                    assertThat(stored.find(query).projection(projection).sort(sort).skip(2).limit(20).into(new ArrayList<>()))
                            .as("%s %s %s", query, projection, sort)
                            .isEqualTo(reference.find(query).projection(projection).sort(sort).skip(2).limit(20)
                                    .into(new ArrayList<>()));
                }
            }
        }
    }

    @Test
    void updatesDeletesAndNaturalOrderWorkOnTheStoredBytes() {
        MongoCollection<Document> assignments = stores.assignments(IndexedH2Backend.inMemory());
        for (int i = 1; i <= 5; i++) {
            assignments.insertOne(new Document("_id", i).append("unitCode", i % 2 == 0 ? "VP" : "TTr"));
        }
        assignments.updateOne(eq("_id", 2), new Document("$set", new Document("unitCode", "QLKH")));
        assignments.deleteOne(eq("_id", 3));

        assertThat(assignments.find(eq("_id", 2)).first()).isEqualTo(new Document("_id", 2).append("unitCode", "QLKH"));
        assertThat(assignments.find().sort(Sorts.descending("$natural")).map(d -> d.get("_id")))
                .containsExactly(5, 4, 2, 1);
        assertThat(assignments.countDocuments()).isEqualTo(4);
    }

    @Test
    void refusesAFileWrittenByMongoJavaServersOwnBackendInsteadOfMisreadingIt() {
        String file = folder.resolve("old.mv").toString();
        stores.assignments(new H2Backend(file)).insertOne(new Document("_id", 1).append("unitCode", "VP"));
        stop();

        assertThatThrownBy(() -> new IndexedH2Backend(file))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("old.mv")
                .hasMessageContaining("earlier version");
    }
}
