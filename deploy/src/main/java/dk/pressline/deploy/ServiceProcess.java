package dk.pressline.deploy;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import dk.pressline.servers.ChildProcesses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One service running from its jar in a JVM of its own (or a server from its command), its output in a log file,
 * ending when this JVM ends.
 */
public final class ServiceProcess implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ServiceProcess.class);
    private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final LocalService service;
    private final List<String> command;
    private final Path logFile;
    private final String healthPath;
    private volatile Process process;

    private ServiceProcess(LocalService service, List<String> command, Path logFile, String healthPath,
            Process process) {
        this.service = service;
        this.command = command;
        this.logFile = logFile;
        this.healthPath = healthPath;
        this.process = process;
    }

    static ServiceProcess start(LocalService service, Path jar, Path logDirectory, List<String> jvmOptions)
            throws IOException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No jar for " + service.name() + " at " + jar + ": build first");
        }
        var java = ProcessHandle.current().info().command().orElse("java");
        var command = new java.util.ArrayList<String>();
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
        return new ServiceProcess(service, List.copyOf(command), logFile, healthPath,
                launch(service, command, ProcessBuilder.Redirect.to(logFile.toFile())));
    }

    private static Process launch(LocalService service, List<String> command, ProcessBuilder.Redirect output)
            throws IOException {
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output);
        builder.environment().putAll(service.environment());
        builder.environment().put("SERVER_PORT", Integer.toString(service.port()));
        return ChildProcesses.startTiedToThisJvm(builder);
    }

    /** Ends the service at once, as {@code kill -9} or an out-of-memory exit would: no shutdown hook runs. */
    public synchronized void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
        log.info("{} killed", service.name());
    }

    /** Starts the service again after it ended, its output appended to its log; wait with {@link #awaitHealthy}. */
    public synchronized void startAgain() throws IOException {
        if (process.isAlive()) {
            throw new IllegalStateException(service.name() + " is still running");
        }
        log.info("Starting {} again on port {}", service.name(), service.port());
        process = launch(service, command, ProcessBuilder.Redirect.appendTo(logFile.toFile()));
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
        var deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(service.name() + " exited with code " + process.exitValue()
                        + "; see " + logFile);
            }
            if (reportsUp()) {
                return;
            }
            TimeUnit.MILLISECONDS.sleep(500);
        }
        throw new IllegalStateException(service.name() + " was not healthy within " + timeout + "; see " + logFile);
    }

    private boolean reportsUp() {
        try {
            var response = http.send(HttpRequest.newBuilder(URI.create(healthUrl())).timeout(Duration.ofSeconds(2))
                    .build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200;
        }
        catch (IOException e) {
            return false;
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Asks the service to shut down (SIGTERM), without waiting, so all services can stop at once. */
    void requestStop() {
        process.destroy();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            }
            catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }
}
