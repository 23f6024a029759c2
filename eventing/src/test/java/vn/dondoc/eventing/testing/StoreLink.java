package vn.dondoc.eventing.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The network between a service and its store, which a test can cut and restore: a TCP relay in
 * front of the in-memory store. While cut, open connections are dropped and new ones are closed at
 * once, so the MongoDB driver fails as in a real outage (socket errors, then a server selection
 * timeout, both {@code DataAccessResourceFailureException}); the data stays in the store.
 */
public final class StoreLink {

    private final ServerSocket listener;
    private final int storePort;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final Set<Socket> silenced = ConcurrentHashMap.newKeySet();
    private volatile boolean cut;
    private volatile boolean silent;

    private StoreLink(int storePort) {
        this.storePort = storePort;
        try {
            listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        daemon(this::accept);
    }

    /** A link to the store at the given {@code mongodb://host:port} connection string. */
    public static StoreLink to(String connectionString) {
        return new StoreLink(URI.create(connectionString).getPort());
    }

    /** The connection string of the store through this link, with the driver options given. */
    public String connectionString(String options) {
        return "mongodb://127.0.0.1:" + listener.getLocalPort() + "/?" + options;
    }

    /** Drops every connection and refuses new ones until {@link #restore()}. */
    public void cut() {
        cut = true;
        open.forEach(StoreLink::close);
    }

    public void restore() {
        cut = false;
        silent = false;
    }

    /**
     * The store stops answering without a word, as behind a network partition: the connections open
     * now, and those opened until {@link #restore()}, stay open and swallow what either side sends,
     * for good (restoring the link does not bring them back; new connections work again).
     */
    public void silence() {
        silent = true;
        silenced.addAll(open);
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                if (cut) {
                    close(client);
                    continue;
                }
                Socket store = new Socket(InetAddress.getLoopbackAddress(), storePort);
                open.add(client);
                open.add(store);
                if (silent) {
                    silenced.add(client);
                    silenced.add(store);
                }
                daemon(() -> pump(client, store));
                daemon(() -> pump(store, client));
            } catch (IOException e) {
                // the listener closed, or the store refused: the client sees its connection drop
            }
        }
    }

    private void pump(Socket from, Socket to) {
        byte[] buffer = new byte[16384];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            for (int read; (read = in.read(buffer)) >= 0; ) {
                if (!silenced.contains(from)) {
                    out.write(buffer, 0, read);
                    out.flush();
                }
            }
        } catch (IOException e) {
            // dropped: the other direction ends too
        } finally {
            close(from);
            close(to);
            open.remove(from);
            open.remove(to);
            silenced.remove(from);
            silenced.remove(to);
        }
    }

    private static void close(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    private static void daemon(Runnable work) {
        Thread thread = new Thread(work, "store-link");
        thread.setDaemon(true);
        thread.start();
    }
}
