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
import java.util.function.BooleanSupplier;
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
    private static final List<String> JVM_OPTIONS = List.of("-Xms256m", "-Xmx512m", "-XX:+UseG1GC",
            "-XX:MaxGCPauseMillis=20", "-Djava.awt.headless=true");

    private final String bootstrapServers;
    private final RunOnce stop;
    private final Thread shutdownHook;

    private KafkaBrokerProcess(String bootstrapServers, RunOnce stop, Thread shutdownHook) {
        this.bootstrapServers = bootstrapServers;
        this.stop = stop;
        this.shutdownHook = shutdownHook;
    }

    static KafkaBrokerProcess start(Path dataDirectory, int port, Path brokerLibrary) {
        String classPath = classPathOf(brokerLibrary);
        long started = System.nanoTime();
        Path directory = Directories.create(dataDirectory.toAbsolutePath().normalize());
        int clientPort = FreePorts.orPick(port);
        int controllerPort = FreePorts.pickOtherThan(clientPort);
        Path storage = directory.resolve("kraft-combined-logs");
        Path serverProperties = directory.resolve("server.properties");
        Path loggingConfig = directory.resolve("log4j2.properties");
        writeServerProperties(serverProperties, storage, clientPort, controllerPort);
        writeLoggingConfig(loggingConfig);

        if (!Files.exists(storage.resolve("meta.properties"))) {
            ServerProcess.runToCompletion("Kafka storage format",
                    javaCommand(classPath, loggingConfig, "kafka.tools.StorageTool", "format", "-t",
                            Uuid.randomUuid().toString(), "-c", serverProperties.toString()),
                    Map.of(), directory, directory.resolve("kafka-storage-format.log"), FORMAT_TIMEOUT);
            log.info("Formatted Kafka storage in {}", storage);
        }

        ServerProcess process = ServerProcess.start("Kafka",
                javaCommand(classPath, loggingConfig, "kafka.Kafka", serverProperties.toString()),
                Map.of(), directory, directory.resolve("kafka.log"));
        RunOnce stop = new RunOnce(() -> process.stop(STOP_GRACE));
        Thread hook = ShutdownHooks.register("kafka-stopper", stop);
        String bootstrapServers = "127.0.0.1:" + clientPort;
        try {
            awaitReady(process, clientPort);
        } catch (RuntimeException e) {
            ShutdownHooks.remove(hook);
            stop.run();
            throw e;
        }
        log.info("Kafka process ready at {} in {} ms (pid {}, data in {})", bootstrapServers,
                Duration.ofNanos(System.nanoTime() - started).toMillis(), process.pid(), directory);
        return new KafkaBrokerProcess(bootstrapServers, stop, hook);
    }

    private static List<String> javaCommand(String classPath, Path loggingConfig, String mainClass, String... arguments) {
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
            jars = files.filter(file -> file.getFileName().toString().endsWith(".jar")).map(Path::toString).sorted()
                    .toList();
        } catch (IOException e) {
            throw new ServerStartException("No Kafka broker library at " + directory
                    + ": build the kafka-broker module (./mvnw package -pl kafka-broker)", e);
        }
        if (jars.stream().noneMatch(jar -> Path.of(jar).getFileName().toString().startsWith("kafka_2.13-"))) {
            throw new ServerStartException(directory + " holds no kafka_2.13 jar: build the kafka-broker module");
        }
        return String.join(File.pathSeparator, jars);
    }

    private static void writeServerProperties(Path file, Path storage, int clientPort, int controllerPort) {
        Properties properties = new Properties();
        properties.setProperty("process.roles", "broker,controller");
        properties.setProperty("node.id", "1");
        properties.setProperty("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        properties.setProperty("listeners",
                "PLAINTEXT://127.0.0.1:" + clientPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
        properties.setProperty("advertised.listeners", "PLAINTEXT://127.0.0.1:" + clientPort);
        properties.setProperty("controller.listener.names", "CONTROLLER");
        properties.setProperty("inter.broker.listener.name", "PLAINTEXT");
        properties.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        properties.setProperty("log.dirs", storage.toString());
        properties.setProperty("num.partitions", "1");
        properties.setProperty("offsets.topic.replication.factor", "1");
        properties.setProperty("transaction.state.log.replication.factor", "1");
        properties.setProperty("transaction.state.log.min.isr", "1");
        properties.setProperty("share.coordinator.state.topic.replication.factor", "1");
        properties.setProperty("share.coordinator.state.topic.min.isr", "1");
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
    private static void awaitReady(ServerProcess process, int clientPort) {
        long deadline = System.nanoTime() + STARTUP_TIMEOUT.toNanos();
        awaitUntil(process, deadline, () -> acceptsConnections(clientPort));
        Map<String, Object> config = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + clientPort,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 2000,
                AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 200);
        try (Admin admin = Admin.create(config)) {
            awaitUntil(process, deadline, () -> hasBroker(admin));
        }
    }

    private static void awaitUntil(ServerProcess process, long deadline, BooleanSupplier ready) {
        while (!ready.getAsBoolean()) {
            process.ensureAlive();
            if (System.nanoTime() > deadline) {
                throw process.startFailure("not ready within " + STARTUP_TIMEOUT);
            }
            try {
                Thread.sleep(POLL_INTERVAL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ServerStartException("Interrupted while waiting for Kafka", e);
            }
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

    private static boolean hasBroker(Admin admin) {
        try {
            return !admin.describeCluster(new DescribeClusterOptions().timeoutMs(2000)).nodes()
                    .get(3, TimeUnit.SECONDS).isEmpty();
        } catch (ExecutionException | TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServerStartException("Interrupted while waiting for Kafka", e);
        }
    }

    String bootstrapServers() {
        return bootstrapServers;
    }

    void stop() {
        ShutdownHooks.remove(shutdownHook);
        stop.run();
    }
}
