package vn.dondoc.embeddedmongo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import de.bwaldvogel.mongo.MongoServer;

/**
 * The store on an H2 file in a process of its own, as the local run has it, so that a test can kill it
 * with SIGKILL: {@link #main} serves the file until it is killed; {@link #start} launches it from a test.
 */
final class StoreProcess implements AutoCloseable {

    private static final String LISTENING = "store listening on port ";

    private final Process process;
    private final int port;

    private StoreProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** Starts a JVM on the test's class path serving the file, and waits until it listens. */
    static StoreProcess start(Path file) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                StoreProcess.class.getName(), file.toString()))
                .redirectErrorStream(true).start();
        BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line = output.readLine(); line != null; line = output.readLine()) {
            if (line.startsWith(LISTENING)) {
                return new StoreProcess(process, Integer.parseInt(line.substring(LISTENING.length())));
            }
            seen.append(line).append('\n');
        }
        throw new IllegalStateException("the store process ended before it listened:\n" + seen);
    }

    int port() {
        return port;
    }

    /** SIGKILL: the process gets no chance to close the file. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(Duration.ofSeconds(10).toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("the store process did not die");
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        MongoServer server = new MongoServer(new IndexedH2Backend(args[0]));
        System.out.println(LISTENING + server.bind().getPort());
        Thread.currentThread().join();
    }
}
