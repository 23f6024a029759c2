package vn.dondoc.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.MongoServer;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.dondoc.embeddedmongo.IndexedH2Backend;

/** The query fill on the embedded store: each department its share, with units and plans of its own. */
class StoreFillTest {

    private static final Date DUE = new Date(1_796_860_800_000L);

    private final MongoServer server = new MongoServer(IndexedH2Backend.inMemory());
    private final String uri;
    private final MongoClient client;

    StoreFillTest() {
        server.bind("127.0.0.1", 0);
        uri = "mongodb://127.0.0.1:" + server.getLocalAddress().getPort();
        client = MongoClients.create(uri);
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void spreadsTheCopiesOverTheDepartmentsEachWithItsOwnUnitsAndPlans() {
        MongoCollection<Document> assignments = client.getDatabase("dondoc-task").getCollection("assignments");
        assignments.createIndex(Indexes.ascending("unitCode", "dueDate"));
        MongoCollection<Document> plans = client.getDatabase("dondoc-task").getCollection("plans");
        List<String> planIds = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString());
        assignments.insertMany(pipelineWritten(planIds));
        planIds.forEach(plan -> plans.insertOne(new Document("_id", plan).append("departmentCode", "BENCH")));

        long stored;
        try (StoreFill fill = new StoreFill(uri, new ProvinceSpread("BENCH", 4))) {
            stored = fill.fill("dondoc-task", "assignments", 1_280);
            fill.copyToEveryDepartment("dondoc-task", "plans");
        }

        assertThat(stored).isEqualTo(1_280);
        for (String department : List.of("BENCH", "BENCH01", "BENCH02", "BENCH03")) {
            List<Document> theirs = assignments.find(Filters.eq("unitDepartment", department)).into(new ArrayList<>());
            assertThat(theirs).hasSize(320).allSatisfy(assignment -> {
                assertThat(assignment.getString("unitCode")).startsWith(department + ".U");
                assertThat(assignment.getString("departmentCode")).isEqualTo(department);
            });
            Set<Object> theirPlans = new HashSet<>(theirs.stream().map(assignment -> assignment.get("planId")).toList());
            assertThat(theirPlans).hasSize(2);
            assertThat(plans.countDocuments(Filters.and(Filters.in("_id", theirPlans),
                    Filters.eq("departmentCode", department)))).isEqualTo(2);
        }
        assertThat(assignments.countDocuments(Filters.exists("pendingEvents"))).isEqualTo(80); // the pipeline's only
        assertThat(assignments.countDocuments(Filters.eq("unitCode", "BENCH.U03"))).isEqualTo(16);
        assertThat(assignments.countDocuments(Filters.eq("unitCode", "BENCH02.U03"))).isEqualTo(16);
        assertThat(assignments.find(Filters.eq("planId", planIds.get(0))).into(new ArrayList<>()))
                .allSatisfy(assignment -> assertThat(assignment.getString("unitDepartment")).isEqualTo("BENCH"));
    }

    @Test
    void keepsEveryCopyInTheHomeDepartmentWhenTheProvinceHasOne() {
        MongoCollection<Document> assignments = client.getDatabase("dondoc-task").getCollection("assignments");
        assignments.insertMany(pipelineWritten(List.of(UUID.randomUUID().toString())));

        try (StoreFill fill = new StoreFill(uri, new ProvinceSpread("BENCH", 1))) {
            assertThat(fill.fill("dondoc-task", "assignments", 260)).isEqualTo(260);
        }

        assertThat(assignments.countDocuments(Filters.eq("unitDepartment", "BENCH"))).isEqualTo(260);
        // 40 written, then 5 generations of 40 copies and 20 of the sixth
        assertThat(assignments.countDocuments(Filters.regex("_id", "~copy5$"))).isEqualTo(40);
        assertThat(assignments.countDocuments(Filters.regex("_id", "~copy6$"))).isEqualTo(20);
    }

    /** What the pipeline wrote: per plan, 20 tasks, each a lead and a coordinator of a 20-unit department. */
    private static List<Document> pipelineWritten(List<String> planIds) {
        List<Document> written = new ArrayList<>();
        for (String plan : planIds) {
            for (int task = 0; task < 20; task++) {
                for (String unit : List.of(BenchmarkPlans.unit("BENCH", task), BenchmarkPlans.unit("BENCH", task + 7))) {
                    written.add(DepartmentCopyTest.Fixtures.assignment(plan, "T" + task, unit,
                            UUID.randomUUID().toString(), DUE));
                }
            }
        }
        return written;
    }
}
