package vn.dondoc.embeddedmongo;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStore.TxCounter;

/**
 * Writes a command's changes to the H2 file before its reply is sent, so that a write the store
 * acknowledged survives kill -9 of the process. On its own MVStore writes in the background about once
 * a second, so a write could be acknowledged and then lost.
 *
 * <p>Group commit: a writer that finds a commit running waits for it, then finds its write taken by the
 * commit that followed instead of committing again. The file is written, not synced (fsync): a killed
 * process leaves its writes in the operating system's cache, which reaches the disk; a power loss may
 * lose what the kernel had not written back yet. Syncing every commit made a write ~6 times slower.
 *
 * <p>A commit per write makes many small chunks in the file, and MVStore keeps a replaced chunk 45 s by
 * default before it reuses the space: a steady load grew the file to 3 GB. Here replaced chunks are
 * reused after {@value #RETENTION_MS} ms (the file stayed at 190 MB for 80,000 documents). H2 keeps them
 * longer for two reasons: a reader still walking an old version — here each command registers the
 * version it reads, which MVStore then keeps — and a disk that has not written the newer chunks yet,
 * which matters after a power loss only: then the file may not open at its last state.
 *
 * <p>Every command but the reads listed here commits: a read missing from the list costs a commit with
 * nothing to write, whereas a write missing from a list of writes would be lost.
 */
final class CommitBeforeReply {

    static final int RETENTION_MS = 1_000;

    private static final Set<String> READS = Set.of("find", "getmore", "count", "distinct", "aggregate",
            "listcollections", "listindexes", "listdatabases", "killcursors", "endsessions", "dbstats",
            "collstats", "ismaster", "hello", "ping", "buildinfo", "whatsmyuri", "serverstatus", "getlasterror");

    private final MVStore store;
    private final AtomicLong commands = new AtomicLong();
    private long committed;

    CommitBeforeReply(MVStore store) {
        this.store = store;
        if (inFile()) {
            store.setRetentionTime(RETENTION_MS);
        }
    }

    /** Runs the command; if it may have written, its changes are in the file when this returns. */
    Document run(String command, Document query, Supplier<Document> handler) {
        if (!inFile()) {
            return handler.get();
        }
        TxCounter reading = store.registerVersionUsage();
        try {
            return handler.get();
        } finally {
            store.deregisterVersionUsage(reading);
            if (mayWrite(command, query)) {
                commitUpTo(commands.incrementAndGet());
            }
        }
    }

    private boolean inFile() {
        return store.getFileStore() != null;
    }

    private synchronized void commitUpTo(long command) {
        if (committed >= command) {
            return;
        }
        long upTo = commands.get();
        store.commit();
        // a background commit may have taken these changes and still be writing them: wait for it
        store.executeFilestoreOperation(() -> { });
        committed = upTo;
    }

    static boolean mayWrite(String command, Document query) {
        if (!READS.contains(command.toLowerCase())) {
            return true;
        }
        return "aggregate".equalsIgnoreCase(command) && query.get("pipeline") instanceof List<?> stages
                && stages.stream().anyMatch(stage -> stage instanceof Document document
                        && (document.containsKey("$out") || document.containsKey("$merge")));
    }
}
