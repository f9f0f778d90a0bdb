package dk.pressline.servers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.common.Uuid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A KRaft cluster of combined brokers and controllers, each in a JVM of its own, as production runs it: every topic
 * replicated to each node, a write acknowledged by all but one. A node can be killed and started again on its own
 * ports and data, to see what the platform does without it.
 */
public final class KafkaCluster implements RunningServer {

    private static final Logger log = LoggerFactory.getLogger(KafkaCluster.class);

    private final Path dataDirectory;
    private final String clusterId;
    private final Path brokerLibrary;
    private final List<KafkaBrokerProcess> nodes;
    private final AtomicBoolean closed = new AtomicBoolean();

    private KafkaCluster(Path dataDirectory, String clusterId, Path brokerLibrary, List<KafkaBrokerProcess> nodes) {
        this.dataDirectory = dataDirectory;
        this.clusterId = clusterId;
        this.brokerLibrary = brokerLibrary;
        this.nodes = nodes;
    }

    /**
     * Starts {@code size} nodes on free ports, their data in {@code node-1}, {@code node-2}, ... under the directory,
     * and waits until every node is part of the cluster.
     */
    public static KafkaCluster start(Path dataDirectory, int size, Path brokerLibrary) {
        if (size < 1) {
            throw new IllegalArgumentException("A cluster has at least one node, not " + size);
        }
        List<Integer> ports = new ArrayList<>();
        while (ports.size() < 2 * size) {
            int port = FreePorts.pick();
            if (!ports.contains(port)) {
                ports.add(port);
            }
        }
        String voters = IntStream.rangeClosed(1, size)
                .mapToObj(id -> KafkaNode.voter(id, ports.get(2 * id - 1)))
                .collect(Collectors.joining(","));
        String clusterId = Uuid.randomUuid().toString();
        List<KafkaBrokerProcess> nodes = new ArrayList<>();
        try {
            for (int id = 1; id <= size; id++) {
                KafkaNode node = new KafkaNode(id, ports.get(2 * id - 2), ports.get(2 * id - 1), voters, size);
                nodes.add(KafkaBrokerProcess.launch(nodeDirectory(dataDirectory, id), node, clusterId, brokerLibrary));
            }
            nodes.forEach(node -> node.awaitReady(size));
        } catch (RuntimeException e) {
            nodes.forEach(KafkaBrokerProcess::stop);
            throw e;
        }
        KafkaCluster cluster = new KafkaCluster(dataDirectory, clusterId, brokerLibrary, nodes);
        log.info("Kafka cluster of {} nodes ready at {}", size, cluster.bootstrapServers());
        return cluster;
    }

    private static Path nodeDirectory(Path dataDirectory, int nodeId) {
        return dataDirectory.resolve("node-" + nodeId);
    }

    /** Every node's client address, comma-separated, as clients take them. */
    public String bootstrapServers() {
        return nodes.stream().map(KafkaBrokerProcess::bootstrapServers).collect(Collectors.joining(","));
    }

    public int size() {
        return nodes.size();
    }

    /** Kills node {@code nodeId} (1 to {@link #size()}) as {@code kill -9} would. */
    public synchronized void kill(int nodeId) {
        node(nodeId).kill();
        log.info("Kafka node {} killed", nodeId);
    }

    /** Starts node {@code nodeId} again on its ports and data, and waits until the cluster has every node again. */
    public synchronized void restart(int nodeId) {
        KafkaBrokerProcess stopped = node(nodeId);
        stopped.stop();
        KafkaBrokerProcess started =
                KafkaBrokerProcess.launch(stopped.directory(), stopped.node(), clusterId, brokerLibrary);
        nodes.set(nodeId - 1, started);
        started.awaitReady(nodes.size());
    }

    private KafkaBrokerProcess node(int nodeId) {
        if (nodeId < 1 || nodeId > nodes.size()) {
            throw new IllegalArgumentException("No node " + nodeId + " in a cluster of " + nodes.size());
        }
        return nodes.get(nodeId - 1);
    }

    /** Stops every node at once: one by one, the last would wait out its grace for a controller quorum that is gone. */
    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            nodes.stream()
                    .map(node -> CompletableFuture.runAsync(node::stop))
                    .toList()
                    .forEach(CompletableFuture::join);
            log.info("Kafka cluster in {} stopped", dataDirectory);
        }
    }
}
