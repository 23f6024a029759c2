package vn.dondoc.embeddedmongo;

import static com.mongodb.client.model.Filters.eq;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Updates;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A write the store acknowledged is in its file when the reply leaves: the process killed with SIGKILL
 * right after the last reply, and started again on the same file, holds every acknowledged write.
 */
class AcknowledgedWritesTest {

    private static final int PLANS = 200;

    @TempDir
    Path folder;

    @Test
    void everyAcknowledgedWriteSurvivesKillOfTheProcess() throws Exception {
        Path file = folder.resolve("dondoc.mv");
        try (StoreProcess store = StoreProcess.start(file); MongoClient client = client(store)) {
            MongoCollection<Document> plans = plans(client);
            plans.createIndex(Indexes.ascending("number"));
            for (int i = 0; i < PLANS; i++) {
                plans.insertOne(new Document("_id", "plan-" + i).append("number", i).append("status", "DRAFT"));
            }
            plans.insertMany(IntStream.range(PLANS, 2 * PLANS)
                    .mapToObj(i -> new Document("_id", "plan-" + i).append("number", i).append("status", "DRAFT"))
                    .toList());
            for (int i = 0; i < PLANS; i += 2) {
                plans.updateOne(eq("_id", "plan-" + i), Updates.set("status", "ISSUED"));
            }
            plans.findOneAndUpdate(eq("_id", "plan-1"), Updates.set("status", "WITHDRAWN"));
            plans.deleteOne(eq("_id", "plan-3"));
            plans.deleteMany(Filters.gte("number", 2 * PLANS - 10));

            store.kill();
        }

        try (StoreProcess store = StoreProcess.start(file); MongoClient client = client(store)) {
            MongoCollection<Document> plans = plans(client);
            List<Integer> numbers = plans.find().map(plan -> plan.getInteger("number")).into(new ArrayList<>());

            assertThat(numbers).hasSize(2 * PLANS - 11).doesNotContain(3, 2 * PLANS - 10, 2 * PLANS - 1)
                    .contains(2 * PLANS - 11);
            assertThat(plans.countDocuments(eq("status", "ISSUED"))).isEqualTo(PLANS / 2);
            assertThat(plans.find(eq("_id", "plan-1")).first().getString("status")).isEqualTo("WITHDRAWN");
            assertThat(plans.find(eq("number", 42)).first()).isNotNull();
        }
    }

    private static MongoClient client(StoreProcess store) {
        return MongoClients.create("mongodb://127.0.0.1:" + store.port());
    }

    private static MongoCollection<Document> plans(MongoClient client) {
        return client.getDatabase("dondoc").getCollection("plans");
    }
}
