package vn.dondoc.faults;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.dondoc.bench.BenchmarkStack;
import vn.dondoc.bench.LocalRunProcess;
import vn.dondoc.local.LocalSystem.Service;

/**
 * One local run of the fault suite on its own data folder and ports: started, killed with
 * {@code kill -9} and started again on the same data, its broker, store or mail server stopped
 * and started through the run's fault switch.
 */
final class FaultStack implements AutoCloseable {

    /** What the fault switch of the local run can stop and start. */
    enum Part {
        BROKER("broker"), STORE("store"), SMTP("smtp");

        final String path;

        Part(String path) {
            this.path = path;
        }
    }

    private final Path data;
    private final LocalRunProcess.Ports ports;
    private final Path accounts;
    private final HttpClient http = HttpClient.newHttpClient();
    private LocalRunProcess process;

    private FaultStack(Path data, LocalRunProcess.Ports ports, Path accounts) {
        this.data = data;
        this.ports = ports;
        this.accounts = accounts;
    }

    /** A fresh stack on a new data folder. */
    static FaultStack start(String name) throws Exception {
        Path data = Files.createTempDirectory("dondoc-faults-" + name + "-");
        FaultStack stack = new FaultStack(data, LocalRunProcess.Ports.free(), BenchmarkStack.accounts(data));
        stack.process = LocalRunProcess.start(data, stack.ports, stack.accounts);
        return stack;
    }

    /** {@code kill -9} of the whole local run. */
    void kill() throws InterruptedException {
        process.kill();
    }

    /** Starts the local run again on the same data and ports; returns the seconds it took. */
    double restart() throws Exception {
        process = LocalRunProcess.start(data, ports, accounts);
        return process.startupMillis() / 1000.0;
    }

    void stopPart(Part part) throws IOException, InterruptedException {
        switchPart(part, "stop");
    }

    void startPart(Part part) throws IOException, InterruptedException {
        switchPart(part, "start");
    }

    private void switchPart(Part part, String action) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + ports.faults() + "/" + part.path + "/" + action))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException(part + " " + action + ": " + answer.statusCode() + " " + answer.body());
        }
    }

    /** An office token of the suite's department BENCH. */
    String officeToken() {
        return token(BenchmarkStack.OFFICE_ACCOUNT, BenchmarkStack.BENCH_PASSWORD);
    }

    String token(String account, String password) {
        return process.token(account, password);
    }

    String url(Service service, String path) {
        return process.url(service, path);
    }

    String kafkaBootstrap() {
        return process.kafkaBootstrap();
    }

    String mongoUri() {
        return process.mongoUri();
    }

    Path mailFolder() {
        return data.resolve("mail");
    }

    Path data() {
        return data;
    }

    @Override
    public void close() throws InterruptedException {
        process.stop();
    }
}
