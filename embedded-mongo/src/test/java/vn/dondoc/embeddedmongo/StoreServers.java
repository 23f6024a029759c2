package vn.dondoc.embeddedmongo;

import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import org.bson.Document;

/** The servers a test starts on its backends, each with a driver client; {@link #close()} stops them all. */
final class StoreServers implements AutoCloseable {

    private final List<MongoServer> servers = new ArrayList<>();
    private final List<MongoClient> clients = new ArrayList<>();

    /** {@code dondoc.assignments} on a new server over the backend, through the MongoDB driver. */
    MongoCollection<Document> assignments(MongoBackend backend) {
        MongoServer server = new MongoServer(backend);
        server.bind("127.0.0.1", 0);
        servers.add(server);
        MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort());
        clients.add(client);
        return client.getDatabase("dondoc").getCollection("assignments");
    }

    /** The statistics of {@code dondoc.assignments} on the server last started ({@code collStats}). */
    Document assignmentsStats() {
        return clients.get(clients.size() - 1).getDatabase("dondoc").runCommand(new Document("collStats", "assignments"));
    }

    @Override
    public void close() {
        clients.forEach(MongoClient::close);
        servers.forEach(MongoServer::shutdownNow);
        clients.clear();
        servers.clear();
    }
}
