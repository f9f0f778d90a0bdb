package dk.pressline.servers;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.common.Uuid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A combined broker and controller (KRaft) in its own JVM: {@code kafka.tools.StorageTool format} on first use, then
 * {@code kafka.Kafka}. It runs on a class path of its own (Kafka's jars and Log4j 2, nothing of the JVM that starts
 * it) with a Log4j configuration of its own; its console output goes to {@code kafka.log} in the data directory.
 */
final class KafkaBrokerProcess {

    private static final Logger log = LoggerFactory.getLogger(KafkaBrokerProcess.class);
    private static final Duration FORMAT_TIMEOUT = Duration.ofMinutes(1);
    private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(2);
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(100);
    private static final List<String> JVM_OPTIONS =
            List.of("-Xms256m", "-Xmx512m", "-XX:+UseG1GC", "-XX:MaxGCPauseMillis=20", "-Djava.awt.headless=true");

    private final KafkaNode node;
    private final Path directory;
    private final ServerProcess process;
    private final RunOnce stop;
    private final Thread shutdownHook;

    private KafkaBrokerProcess(
            KafkaNode node, Path directory, ServerProcess process, RunOnce stop, Thread shutdownHook) {
        this.node = node;
        this.directory = directory;
        this.process = process;
        this.stop = stop;
        this.shutdownHook = shutdownHook;
    }

    static KafkaBrokerProcess start(Path dataDirectory, int port, Path brokerLibrary) {
        int clientPort = FreePorts.orPick(port);
        KafkaNode node = KafkaNode.single(clientPort, FreePorts.pickOtherThan(clientPort));
        KafkaBrokerProcess broker =
                launch(dataDirectory, node, Uuid.randomUuid().toString(), brokerLibrary);
        broker.awaitReady(1);
        return broker;
    }

    /**
     * Formats the node's storage on first use (with the cluster's id) and starts it, without waiting: the nodes of a
     * cluster only become ready together, once their controllers have a quorum.
     */
    static KafkaBrokerProcess launch(Path dataDirectory, KafkaNode node, String clusterId, Path brokerLibrary) {
        String classPath = classPathOf(brokerLibrary);
        Path directory = Directories.create(dataDirectory.toAbsolutePath().normalize());
        Path storage = directory.resolve("kraft-combined-logs");
        Path serverProperties = directory.resolve("server.properties");
        Path loggingConfig = directory.resolve("log4j2.properties");
        writeServerProperties(serverProperties, storage, node);
        writeLoggingConfig(loggingConfig);

        if (!Files.exists(storage.resolve("meta.properties"))) {
            ServerProcess.runToCompletion(
                    "Kafka storage format",
                    javaCommand(
                            classPath,
                            loggingConfig,
                            "kafka.tools.StorageTool",
                            "format",
                            "-t",
                            clusterId,
                            "-c",
                            serverProperties.toString()),
                    Map.of(),
                    directory,
                    directory.resolve("kafka-storage-format.log"),
                    FORMAT_TIMEOUT);
            log.info("Formatted Kafka storage in {}", storage);
        }

        ServerProcess process = ServerProcess.start(
                "Kafka node " + node.nodeId(),
                javaCommand(classPath, loggingConfig, "kafka.Kafka", serverProperties.toString()),
                Map.of(),
                directory,
                directory.resolve("kafka.log"));
        RunOnce stop = new RunOnce(() -> process.stop(STOP_GRACE));
        Thread hook = ShutdownHooks.register("kafka-stopper", stop);
        return new KafkaBrokerProcess(node, directory, process, stop, hook);
    }

    /** Waits until the node takes connections and the cluster reports the given number of brokers. */
    void awaitReady(int brokers) {
        long started = System.nanoTime();
        try {
            awaitReady(process, node.clientPort(), brokers);
        } catch (RuntimeException e) {
            stop();
            throw e;
        }
        log.info(
                "Kafka node {} ready at {} in {} ms (pid {}, data in {})",
                node.nodeId(),
                bootstrapServers(),
                Duration.ofNanos(System.nanoTime() - started).toMillis(),
                process.pid(),
                directory);
    }

    private static List<String> javaCommand(
            String classPath, Path loggingConfig, String mainClass, String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(JVM_OPTIONS);
        command.add("-Dlog4j2.configurationFile=" + loggingConfig);
        command.add("-cp");
        command.add(classPath);
        command.add(mainClass);
        command.addAll(List.of(arguments));
        return command;
    }

    /** The jars of the broker library, which must hold Kafka's server jar. */
    static String classPathOf(Path brokerLibrary) {
        Path directory = brokerLibrary.toAbsolutePath().normalize();
        List<String> jars;
        try (Stream<Path> files = Files.list(directory)) {
            jars = files.filter(file -> file.getFileName().toString().endsWith(".jar"))
                    .map(Path::toString)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new ServerStartException(
                    "No Kafka broker library at " + directory
                            + ": build the kafka-broker module (./mvnw package -pl kafka-broker)",
                    e);
        }
        if (jars.stream().noneMatch(jar -> Path.of(jar).getFileName().toString().startsWith("kafka_2.13-"))) {
            throw new ServerStartException(directory + " holds no kafka_2.13 jar: build the kafka-broker module");
        }
        return String.join(File.pathSeparator, jars);
    }

    private static void writeServerProperties(Path file, Path storage, KafkaNode node) {
        Properties properties = new Properties();
        properties.setProperty("process.roles", "broker,controller");
        properties.setProperty("node.id", Integer.toString(node.nodeId()));
        properties.setProperty("controller.quorum.voters", node.quorumVoters());
        properties.setProperty(
                "listeners",
                "PLAINTEXT://127.0.0.1:" + node.clientPort() + ",CONTROLLER://127.0.0.1:" + node.controllerPort());
        properties.setProperty("advertised.listeners", "PLAINTEXT://127.0.0.1:" + node.clientPort());
        properties.setProperty("controller.listener.names", "CONTROLLER");
        properties.setProperty("inter.broker.listener.name", "PLAINTEXT");
        properties.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        properties.setProperty("log.dirs", storage.toString());
        properties.setProperty("num.partitions", "1");
        String replicas = Integer.toString(node.replicationFactor());
        String minInSync = Integer.toString(node.minInSyncReplicas());
        properties.setProperty("default.replication.factor", replicas);
        properties.setProperty("min.insync.replicas", minInSync);
        properties.setProperty("offsets.topic.replication.factor", replicas);
        properties.setProperty("transaction.state.log.replication.factor", replicas);
        properties.setProperty("transaction.state.log.min.isr", minInSync);
        properties.setProperty("share.coordinator.state.topic.replication.factor", replicas);
        properties.setProperty("share.coordinator.state.topic.min.isr", minInSync);
        properties.setProperty("group.initial.rebalance.delay.ms", "0");
        try (var writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            properties.store(writer, "Written by Pressline's KafkaServer on every start");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    private static void writeLoggingConfig(Path file) {
        String config = """
                status = warn
                appender.console.type = Console
                appender.console.name = console
                appender.console.layout.type = PatternLayout
                appender.console.layout.pattern = %d{HH:mm:ss.SSS} %-5level [%t] %c{1.} - %m%n
                rootLogger.level = warn
                rootLogger.appenderRef.console.ref = console
                logger.kafka.name = kafka
                logger.kafka.level = info
                logger.apache.name = org.apache.kafka
                logger.apache.level = info
                """;
        try {
            Files.writeString(file, config, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }

    /** Waits for the port before creating the admin client, which logs a warning for every refused connection. */
    private static void awaitReady(ServerProcess process, int clientPort, int brokers) {
        Readiness readiness = Readiness.within(STARTUP_TIMEOUT, POLL_INTERVAL);
        process.awaitReady(readiness, () -> acceptsConnections(clientPort));
        Map<String, Object> config = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + clientPort,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 2000,
                AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 200);
        try (Admin admin = Admin.create(config)) {
            process.awaitReady(readiness, () -> brokerCount(admin) >= brokers);
        }
    }

    private static boolean acceptsConnections(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int brokerCount(Admin admin) {
        try {
            return admin.describeCluster(new DescribeClusterOptions().timeoutMs(2000))
                    .nodes()
                    .get(3, TimeUnit.SECONDS)
                    .size();
        } catch (ExecutionException | TimeoutException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServerStartException("Interrupted while waiting for Kafka", e);
        }
    }

    String bootstrapServers() {
        return "127.0.0.1:" + node.clientPort();
    }

    KafkaNode node() {
        return node;
    }

    Path directory() {
        return directory;
    }

    void stop() {
        ShutdownHooks.remove(shutdownHook);
        stop.run();
    }

    /** Ends the node at once, as {@code kill -9} would: no controlled shutdown, nothing flushed. */
    void kill() {
        ShutdownHooks.remove(shutdownHook);
        process.kill();
    }
}
