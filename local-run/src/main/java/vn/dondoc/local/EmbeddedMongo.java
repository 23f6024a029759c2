package vn.dondoc.local;

import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dondoc.embeddedmongo.IndexedH2Backend;

/**
 * An in-process MongoDB-compatible server (mongo-java-server with the indexes of {@code embedded-mongo})
 * whose data persists in an H2 file — every write is in the file before it is acknowledged, so a
 * {@code kill -9} loses none ({@code docs/reliability.md}) — or, without a file, lives in memory only
 * (gone when the server stops).
 */
public final class EmbeddedMongo implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongo.class);

    private final Path h2File;
    private final int port;
    private MongoServer server;

    /** Creates a server storing its data in the H2 file h2File ({@code null}: in memory), listening on port. */
    public EmbeddedMongo(Path h2File, int port) {
        this.h2File = h2File;
        this.port = port;
    }

    /** Opens the H2 file and binds the server on 127.0.0.1:port. */
    public synchronized void start() throws Exception {
        if (server != null) {
            return;
        }
        IndexedH2Backend backend;
        if (h2File == null) {
            backend = IndexedH2Backend.inMemory();
        } else {
            Path parent = h2File.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            backend = new IndexedH2Backend(h2File.toAbsolutePath().toString());
        }
        MongoServer mongoServer = new MongoServer(backend);
        mongoServer.bind("127.0.0.1", port);
        server = mongoServer;
        log.info("Embedded MongoDB started on {} with data {}", connectionString(),
                h2File == null ? "in memory only" : "in " + h2File);
    }

    /** The MongoDB connection string for clients. */
    public String connectionString() {
        return "mongodb://127.0.0.1:" + port;
    }

    /** Stops the server and closes the backend so the H2 file is flushed and released. */
    @Override
    public synchronized void close() {
        if (server == null) {
            return;
        }
        server.shutdownNow();
        server = null;
        log.info("Embedded MongoDB on {} stopped", connectionString());
    }
}
