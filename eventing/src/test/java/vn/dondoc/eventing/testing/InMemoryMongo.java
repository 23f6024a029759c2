package vn.dondoc.eventing.testing;

import de.bwaldvogel.mongo.MongoServer;
import vn.dondoc.embeddedmongo.IndexedMemoryBackend;

/**
 * A MongoDB wire-protocol server in this JVM, one per test JVM, for tests that need a store: the
 * local run's embedded store (with its indexes) in memory.
 */
public final class InMemoryMongo {

    private static MongoServer server;

    private InMemoryMongo() {
    }

    /** Starts the server on first use and returns its connection string. */
    public static synchronized String connectionString() {
        if (server == null) {
            server = new MongoServer(new IndexedMemoryBackend());
            server.bind("127.0.0.1", 0);
            Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow));
        }
        return "mongodb://127.0.0.1:" + server.getLocalAddress().getPort();
    }
}
