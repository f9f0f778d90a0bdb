package dk.pressline.deploy;

import dk.pressline.servers.Readiness;
import dk.pressline.servers.ServerProcess;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One service running from its jar in a JVM of its own (or a server from its command), its output in a log file,
 * ending when this JVM ends.
 */
public final class ServiceProcess implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ServiceProcess.class);
    private static final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final Duration HEALTH_POLL_INTERVAL = Duration.ofMillis(500);
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);

    private final LocalService service;
    private final String healthPath;
    private volatile ServerProcess process;

    private ServiceProcess(LocalService service, String healthPath, ServerProcess process) {
        this.service = service;
        this.healthPath = healthPath;
        this.process = process;
    }

    static ServiceProcess start(LocalService service, Path jar, Path logDirectory, List<String> jvmOptions)
            throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No jar for " + service.name() + " at " + jar + ": build first");
        }
        var java = ProcessHandle.current().info().command().orElse("java");
        var command = new ArrayList<String>();
        command.add(java);
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString()));
        return start(service, command, logDirectory, "/actuator/health");
    }

    /** Starts a server that is not a Pressline service: its command as given, healthy when the path answers 200. */
    static ServiceProcess start(LocalService service, List<String> command, Path logDirectory, String healthPath)
            throws IOException {
        Files.createDirectories(logDirectory);
        var logFile = logDirectory.resolve(service.name() + ".log");
        log.info("Starting {} on port {} (log: {})", service.name(), service.port(), logFile);
        var environment = new HashMap<>(service.environment());
        environment.put("SERVER_PORT", Integer.toString(service.port()));
        return new ServiceProcess(
                service,
                healthPath,
                ServerProcess.start(
                        service.name(), command, environment, Path.of("").toAbsolutePath(), logFile));
    }

    /** Ends the service at once, as {@code kill -9} or an out-of-memory exit would: no shutdown hook runs. */
    public synchronized void kill() {
        process.kill();
        log.info("{} killed", service.name());
    }

    /** Starts the service again after it ended, its output appended to its log; wait with {@link #awaitHealthy}. */
    public synchronized void startAgain() {
        log.info("Starting {} again on port {}", service.name(), service.port());
        process = process.startAgain();
    }

    public String name() {
        return service.name();
    }

    /** The port it answers health and metrics on. */
    int managementPort() {
        return service.managementPort();
    }

    String url() {
        return "http://localhost:" + service.port();
    }

    String healthUrl() {
        return "http://localhost:" + managementPort() + healthPath;
    }

    /** Waits until the service reports UP; fails early if its process dies. */
    public void awaitHealthy(Duration timeout) throws InterruptedException {
        var running = process;
        Readiness.within(timeout, HEALTH_POLL_INTERVAL)
                .until(
                        this::reportsUp,
                        () -> {
                            if (!running.isAlive()) {
                                throw new IllegalStateException(service.name() + " exited with code "
                                        + running.exitCode() + "; see " + running.logFile());
                            }
                        },
                        () -> new IllegalStateException(
                                service.name() + " was not healthy within " + timeout + "; see " + running.logFile()));
    }

    private boolean reportsUp() {
        try {
            var response = http.send(
                    HttpRequest.newBuilder(URI.create(healthUrl()))
                            .timeout(Duration.ofSeconds(2))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Asks the service to shut down (SIGTERM), without waiting, so all services can stop at once. */
    void requestStop() {
        process.requestStop();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.stop(STOP_GRACE);
        }
    }
}
