package vn.dondoc.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.Feature;
import org.apache.kafka.server.common.MetadataVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A real single-node Kafka broker in KRaft combined mode (broker + controller), run in-process. */
public final class EmbeddedKafkaBroker implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);

    private static final int NODE_ID = 1;

    private final Path dataDir;
    private final int port;
    private KafkaRaftServer server;

    /** Creates a broker that keeps its logs in dataDir, serving clients on port and the controller on port + 1. */
    public EmbeddedKafkaBroker(Path dataDir, int port) {
        this.dataDir = dataDir;
        this.port = port;
    }

    /** Formats the storage on first use, then starts the broker; returns once it is serving. */
    public synchronized void start() throws Exception {
        if (server != null) {
            return;
        }
        long begin = System.nanoTime();
        Files.createDirectories(dataDir);
        KafkaConfig config = new KafkaConfig(brokerProperties(), false);
        if (!Files.exists(dataDir.resolve("meta.properties"))) {
            format();
        }
        KafkaRaftServer raftServer = new KafkaRaftServer(config, Time.SYSTEM);
        raftServer.startup();
        server = raftServer;
        log.info("Kafka broker (KRaft) started on {} in {} ms, data in {}",
                bootstrapServers(), (System.nanoTime() - begin) / 1_000_000, dataDir);
    }

    /** The bootstrap.servers value for clients. */
    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    /** Shuts the broker down and waits until it has stopped. */
    @Override
    public synchronized void close() {
        if (server == null) {
            return;
        }
        server.shutdown();
        server.awaitShutdown();
        server = null;
        log.info("Kafka broker on {} stopped", bootstrapServers());
    }

    private void format() throws Exception {
        String clusterId = Uuid.randomUuid().toString();
        log.info("Formatting Kafka storage in {} with cluster id {}", dataDir, clusterId);
        new Formatter()
                .setNodeId(NODE_ID)
                .setClusterId(clusterId)
                .setSupportedFeatures(Feature.PRODUCTION_FEATURES)
                .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                .setControllerListenerName("CONTROLLER")
                .setMetadataLogDirectory(logDir())
                .addDirectory(logDir())
                .run();
    }

    private String logDir() {
        return dataDir.toAbsolutePath().toString();
    }

    private Map<String, Object> brokerProperties() {
        int controllerPort = port + 1;
        Map<String, Object> props = new HashMap<>();
        props.put("process.roles", "broker,controller");
        props.put("node.id", String.valueOf(NODE_ID));
        props.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        props.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        props.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        props.put("controller.listener.names", "CONTROLLER");
        props.put("inter.broker.listener.name", "PLAINTEXT");
        props.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        props.put("log.dirs", logDir());
        props.put("offsets.topic.replication.factor", "1");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        props.put("num.partitions", "3");
        props.put("auto.create.topics.enable", "true");
        props.put("group.initial.rebalance.delay.ms", "0");
        // the compaction's key map: 128 MiB of heap by default, held for the broker's life; the
        // compacted topics here (consumer offsets, the unit directory) hold thousands of keys, not millions
        props.put("log.cleaner.dedupe.buffer.size", String.valueOf(16 * 1024 * 1024));
        // after kill -9 the controller, replaying its log, still holds the killed broker's registration
        // and refuses the new one until that session expires (9 s by default): the restart waited for it
        props.put("broker.session.timeout.ms", "3000");
        props.put("broker.heartbeat.interval.ms", "500");
        return props;
    }
}
