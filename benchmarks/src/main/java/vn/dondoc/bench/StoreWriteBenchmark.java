package vn.dondoc.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.Document;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import vn.dondoc.embeddedmongo.IndexedH2Backend;

/**
 * What one outbox write costs in the embedded store, through the MongoDB driver as the services
 * use it: an assignment-sized document inserted with one pending event, then the event removed
 * ({@code $pull}) as the relay does — with the H2 file of the local run, and with the store in memory.
 * Every assignment costs several such writes across the services; this is the floor under them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class StoreWriteBenchmark {

    @Param({"h2-file", "memory"})
    public String store;

    private MongoServer server;
    private MongoClient client;
    private MongoCollection<Document> assignments;
    private final AtomicLong next = new AtomicLong();
    private final String content = "Rà soát, đánh giá thủ tục hành chính thuộc phạm vi quản lý ".repeat(8);

    @Setup(Level.Trial)
    public void start() throws Exception {
        Path file = Files.createTempFile("store-write", ".mv");
        Files.delete(file);
        server = new MongoServer("memory".equals(store) ? IndexedH2Backend.inMemory() : new IndexedH2Backend(file.toString()));
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort());
        assignments = client.getDatabase("bench").getCollection("assignments");
    }

    @TearDown(Level.Trial)
    public void stop() {
        client.close();
        server.shutdownNow();
    }

    @Benchmark
    public void insertWithPendingEventThenPullIt() {
        String id = "plan:task:unit:" + next.incrementAndGet();
        assignments.insertOne(new Document("_id", id).append("unitCode", "SKHCN.VP").append("role", "LEAD")
                .append("taskContent", content).append("status", "NOT_STARTED")
                .append("pendingEvents", List.of(new Document("eventId", id).append("topic", "task-assigned")
                        .append("payload", content))));
        assignments.updateOne(Filters.eq("_id", id), Updates.pull("pendingEvents", new Document("eventId", id)));
    }
}
