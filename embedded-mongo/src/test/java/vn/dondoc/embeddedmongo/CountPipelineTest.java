package vn.dondoc.embeddedmongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.CountOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code countDocuments} through the MongoDB driver counts what MongoDB counts — with a filter, skip
 * and limit, nothing matching, a collection that does not exist — on both backends, now that it is
 * answered through the collection's query.
 */
class CountPipelineTest {

    private final StoreServers servers = new StoreServers();

    @AfterEach
    void stop() {
        servers.close();
    }

    @Test
    void countsWhatTheFilterMatchesWithSkipAndLimitOnBothBackends() {
        for (MongoCollection<Document> assignments : List.of(servers.assignments(IndexedH2Backend.inMemory()),
                servers.assignments(new IndexedMemoryBackend()))) {
            assignments.createIndex(Indexes.ascending("unitDepartment", "dueDate"));
            List<Document> documents = new ArrayList<>();
            for (int i = 0; i < 250; i++) {
                documents.add(new Document("_id", "a" + i).append("unitDepartment", i % 5 == 0 ? "SDTTG" : "SKHCN")
                        .append("dueDate", i % 3 == 0 ? null : "2026-12-" + (10 + i % 20)));
            }
            assignments.insertMany(documents);

            assertThat(assignments.countDocuments()).isEqualTo(250);
            assertThat(assignments.countDocuments(Filters.eq("unitDepartment", "SKHCN"))).isEqualTo(200);
            assertThat(assignments.countDocuments(Filters.and(Filters.eq("unitDepartment", "SKHCN"),
                    Filters.ne("dueDate", null)))).isEqualTo(133);
            assertThat(assignments.countDocuments(Filters.eq("unitDepartment", "SKHCN"),
                    new CountOptions().skip(190).limit(50))).isEqualTo(10);
            assertThat(assignments.countDocuments(Filters.eq("unitDepartment", "SDTTG"),
                    new CountOptions().limit(7))).isEqualTo(7);
            assertThat(assignments.countDocuments(Filters.eq("unitDepartment", "SXD"))).isZero();
            assertThat(assignments.getNamespace().getDatabaseName()).isEqualTo("dondoc");
        }
    }

    @Test
    void aCollectionThatDoesNotExistCountsNothingAndOtherPipelinesStillRun() {
        MongoCollection<Document> assignments = servers.assignments(IndexedH2Backend.inMemory());
        MongoCollection<Document> absent = assignments.withDocumentClass(Document.class);
        assertThat(absent.countDocuments(Filters.eq("unitDepartment", "SKHCN"))).isZero();

        assignments.insertMany(List.of(new Document("_id", 1).append("unit", "VP"),
                new Document("_id", 2).append("unit", "VP"), new Document("_id", 3).append("unit", "KH")));
        List<Document> grouped = assignments.aggregate(List.of(new Document("$group",
                new Document("_id", "$unit").append("n", new Document("$sum", 1))),
                new Document("$sort", new Document("_id", 1)))).into(new ArrayList<>());
        assertThat(grouped).extracting(group -> group.get("_id") + "=" + group.get("n")).containsExactly("KH=1", "VP=2");
    }
}
