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
import org.openjdk.jmh.annotations.Threads;
import vn.dondoc.embeddedmongo.IndexedH2Backend;

/**
 * What one outbox write costs in the embedded store, through the MongoDB driver as the services
 * use it: an assignment-sized document inserted with one pending event, then the event removed
 * ({@code $pull}) as the relay does — with the H2 file of the local run, and with the store in memory.
 * Every assignment costs several such writes across the services; this is the floor under them.
 * Each write is acknowledged after it is in the H2 file ({@code CommitBeforeReply}); from four threads,
 * writers arriving during a commit share the next one. At the end it prints the file's size
 * (MVStore keeps replaced chunks for 45 s before it reuses their space).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class StoreWriteBenchmark {

    @Param({"h2-file", "memory"})
    public String store;

    private Path file;
    private MongoServer server;
    private MongoClient client;
    private MongoCollection<Document> assignments;
    private final AtomicLong next = new AtomicLong();
    private final String content = "Rà soát, đánh giá thủ tục hành chính thuộc phạm vi quản lý ".repeat(8);

    @Setup(Level.Trial)
    public void start() throws Exception {
        file = Files.createTempFile("store-write", ".mv");
        Files.delete(file);
        server = new MongoServer("memory".equals(store) ? IndexedH2Backend.inMemory() : new IndexedH2Backend(file.toString()));
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort());
        assignments = client.getDatabase("bench").getCollection("assignments");
    }

    @TearDown(Level.Trial)
    public void stop() throws Exception {
        if (Files.exists(file)) {
            System.out.printf("%n%s: %,d documents written, file %,d KiB before closing%n", store, next.get(),
                    Files.size(file) / 1024);
        }
        client.close();
        server.shutdownNow();
        Files.deleteIfExists(file);
    }

    @Benchmark
    public void insertWithPendingEventThenPullIt() {
        writeOne();
    }

    @Benchmark
    @Threads(4)
    public void insertWithPendingEventThenPullItFromFourThreads() {
        writeOne();
    }

    private void writeOne() {
        String id = "plan:task:unit:" + next.incrementAndGet();
        assignments.insertOne(new Document("_id", id).append("unitCode", "SKHCN.VP").append("role", "LEAD")
                .append("taskContent", content).append("status", "NOT_STARTED")
                .append("pendingEvents", List.of(new Document("eventId", id).append("topic", "task-assigned")
                        .append("payload", content))));
        assignments.updateOne(Filters.eq("_id", id), Updates.pull("pendingEvents", new Document("eventId", id)));
    }
}
