package dk.pressline.servers;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A single-node Elasticsearch from the Maven Central distribution, run as a child process. Elasticsearch refuses to
 * run as root, so a root JVM runs it as the system user {@value #DEFAULT_USER} (created when missing).
 */
public final class ElasticsearchServer implements RunningServer {

    /** Names the system user a root JVM runs Elasticsearch as. */
    public static final String USER_PROPERTY = "pressline.elasticsearch.user";

    public static final String DEFAULT_USER = "pressline-es";

    private static final Logger log = LoggerFactory.getLogger(ElasticsearchServer.class);
    private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(2);
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(100);
    private static final Pattern USABLE_HEALTH = Pattern.compile("\"status\"\\s*:\\s*\"(green|yellow)\"");

    private final ElasticsearchInstanceDirectory instance;
    private final String httpUrl;
    private final RunOnce stop;
    private final Thread shutdownHook;

    private ElasticsearchServer(
            ElasticsearchInstanceDirectory instance, String httpUrl, RunOnce stop, Thread shutdownHook) {
        this.instance = instance;
        this.httpUrl = httpUrl;
        this.stop = stop;
        this.shutdownHook = shutdownHook;
    }

    public static ElasticsearchServer start(ElasticsearchSettings settings) {
        long started = System.nanoTime();
        Path javaHome = Path.of(System.getProperty("java.home"));
        Optional<UnprivilegedUser> runAs = CurrentUser.isRoot()
                ? Optional.of(UnprivilegedUser.ensureExists(System.getProperty(USER_PROPERTY, DEFAULT_USER)))
                : Optional.empty();
        runAs.filter(user -> !user.canReach(javaHome)).ifPresent(user -> {
            throw new ServerStartException("User " + user.name() + " cannot reach the JDK at " + javaHome
                    + "; run with a JDK installed outside root's home");
        });
        ElasticsearchDistributionCache cache = ElasticsearchDistributionCache.forCurrentUser();
        ElasticsearchDistributionCache.Lease home =
                cache.lease(settings.distributionZip(), settings.pluginZips(), javaHome);
        ElasticsearchInstanceDirectory instance;
        ServerProcess process;
        try {
            instance =
                    ElasticsearchInstanceDirectory.prepare(settings.dataDirectory(), home.home(), runAs, cache.root());
        } catch (RuntimeException e) {
            home.close();
            throw e;
        }
        try {
            process = ServerProcess.start(
                    "Elasticsearch",
                    command(home.home(), instance, settings),
                    environment(javaHome, instance, settings),
                    instance.root(),
                    instance.consoleLog(),
                    runAs);
        } catch (RuntimeException e) {
            instance.release();
            home.close();
            throw e;
        }
        RunOnce stop = new RunOnce(() -> {
            process.stop(STOP_GRACE);
            instance.release();
            home.close();
            log.info("Elasticsearch in {} stopped", instance.root());
        });
        Thread hook = ShutdownHooks.register("elasticsearch-stopper", stop);
        try {
            String httpUrl = "http://" + awaitReady(process, instance);
            log.info(
                    "Elasticsearch ready at {} in {} ms (pid {}, directory {})",
                    httpUrl,
                    Duration.ofNanos(System.nanoTime() - started).toMillis(),
                    process.pid(),
                    instance.root());
            return new ElasticsearchServer(instance, httpUrl, stop, hook);
        } catch (RuntimeException e) {
            ShutdownHooks.remove(hook);
            stop.run();
            throw e;
        }
    }

    private static List<String> command(
            Path home, ElasticsearchInstanceDirectory instance, ElasticsearchSettings settings) {
        List<String> command = new ArrayList<>();
        command.add(home.resolve("bin").resolve("elasticsearch").toString());
        Map<String, String> options = Map.of(
                "discovery.type", "single-node",
                "xpack.security.enabled", "false",
                "network.host", "127.0.0.1",
                "http.port", Integer.toString(settings.httpPort()),
                "transport.port", "0",
                "node.portsfile", "true",
                "path.data", instance.data().toString(),
                "path.logs", instance.logs().toString(),
                "cluster.name", "pressline",
                // a nearly full developer disk must not turn indices read-only
                "cluster.routing.allocation.disk.threshold_enabled", "false");
        options.forEach((name, value) -> {
            command.add("-E");
            command.add(name + "=" + value);
        });
        return command;
    }

    private static Map<String, String> environment(
            Path javaHome, ElasticsearchInstanceDirectory instance, ElasticsearchSettings settings) {
        String javaOptions = "-Xms" + settings.heap() + " -Xmx" + settings.heap() + " -XX:-AlwaysPreTouch";
        if (settings.dataDirectory() == null) {
            // Temporary instances serve tests: C1 alone starts ~2 s sooner; warmed-up searches run ~1.5x slower.
            javaOptions += " -XX:TieredStopAtLevel=1";
        }
        return Map.of(
                "ES_JAVA_HOME", javaHome.toString(),
                "ES_PATH_CONF", instance.config().toString(),
                "ES_TMPDIR", instance.tmp().toString(),
                "ES_JAVA_OPTS", javaOptions);
    }

    private static String awaitReady(ServerProcess process, ElasticsearchInstanceDirectory instance) {
        try (HttpClient client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build()) {
            return process.awaitPresent(
                    Readiness.within(STARTUP_TIMEOUT, POLL_INTERVAL),
                    () -> instance.boundHttpAddress().filter(address -> isUsable(client, address)));
        }
    }

    private static boolean isUsable(HttpClient client, String address) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://" + address + "/_cluster/health"))
                .timeout(Duration.ofSeconds(5))
                .GET()
                .build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200
                    && USABLE_HEALTH.matcher(response.body()).find();
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServerStartException("Interrupted while waiting for Elasticsearch", e);
        }
    }

    /** The HTTP base URL, e.g. {@code http://127.0.0.1:40123}. */
    public String httpUrl() {
        return httpUrl;
    }

    /** The directory holding this instance's data, logs and configuration copy. */
    public Path directory() {
        return instance.root();
    }

    @Override
    public void close() {
        ShutdownHooks.remove(shutdownHook);
        stop.run();
    }
}
