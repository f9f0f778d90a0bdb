package dk.pressline.servers;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How to start Elasticsearch.
 *
 * @param distributionZip the integ-test-zip distribution from Maven Central
 * @param dataDirectory where the instance keeps {@code data/}, {@code logs/} and its {@code config/} copy, kept
 *     across restarts; {@code null} for a temporary directory deleted on close, and a JVM tuned to start fast (C1
 *     only) rather than to run fast
 * @param httpPort the HTTP port; 0 for any free port
 * @param heap the JVM heap, as in {@code -Xmx}, e.g. {@code "512m"}
 * @param pluginZips plugin zips installed into the distribution (the unpacked distribution is cached per plugin set)
 */
public record ElasticsearchSettings(
        Path distributionZip, Path dataDirectory, int httpPort, String heap, List<Path> pluginZips) {

    /** Names the zip when a build does not set it (Surefire does, for every module). */
    public static final String DISTRIBUTION_PROPERTY = "pressline.elasticsearch.distribution";

    public static final String DEFAULT_HEAP = "512m";
    /** Names plugin zips to install into test instances. */
    public static final String PLUGINS_PROPERTY = "pressline.elasticsearch.plugins";

    public ElasticsearchSettings {
        Objects.requireNonNull(distributionZip, "distributionZip");
        if (httpPort < 0 || httpPort > 65535) {
            throw new IllegalArgumentException("Not a port: " + httpPort);
        }
        heap = heap == null || heap.isBlank() ? DEFAULT_HEAP : heap;
        if (!heap.matches("\\d+[kKmMgG]?")) {
            throw new IllegalArgumentException("Not a JVM heap size: " + heap);
        }
        pluginZips = pluginZips == null ? List.of() : List.copyOf(pluginZips);
    }

    /** The Maven Central distribution, a temporary data directory and any free port. */
    public static ElasticsearchSettings forTests() {
        return new ElasticsearchSettings(locateDistribution(), null, 0, DEFAULT_HEAP, configuredPlugins());
    }

    /**
     * The plugin zips named, comma-separated, by the {@value #PLUGINS_PROPERTY} system property: a module whose tests
     * need the project's own plugins sets it in its Surefire configuration.
     */
    public static List<Path> configuredPlugins() {
        String configured = System.getProperty(PLUGINS_PROPERTY, "");
        List<Path> plugins = new ArrayList<>();
        for (String name : configured.split(",")) {
            if (!name.isBlank()) {
                Path zip = Path.of(name.trim());
                if (!Files.isRegularFile(zip)) {
                    throw new IllegalStateException(
                            PLUGINS_PROPERTY + " names " + zip + ", which does not exist: build it first");
                }
                plugins.add(zip);
            }
        }
        return plugins;
    }

    /** The Maven Central distribution with persistent data, for the local run. */
    public static ElasticsearchSettings forLocalRun(Path dataDirectory, int httpPort) {
        return new ElasticsearchSettings(
                locateDistribution(),
                Objects.requireNonNull(dataDirectory, "dataDirectory"),
                httpPort,
                DEFAULT_HEAP,
                List.of());
    }

    public ElasticsearchSettings withDataDirectory(Path directory) {
        return new ElasticsearchSettings(distributionZip, directory, httpPort, heap, pluginZips);
    }

    public ElasticsearchSettings withHttpPort(int port) {
        return new ElasticsearchSettings(distributionZip, dataDirectory, port, heap, pluginZips);
    }

    public ElasticsearchSettings withHeap(String size) {
        return new ElasticsearchSettings(distributionZip, dataDirectory, httpPort, size, pluginZips);
    }

    public ElasticsearchSettings withPlugin(Path pluginZip) {
        List<Path> plugins = new ArrayList<>(pluginZips);
        plugins.add(pluginZip);
        return new ElasticsearchSettings(distributionZip, dataDirectory, httpPort, heap, plugins);
    }

    /**
     * The zip named by the {@value #DISTRIBUTION_PROPERTY} system property, else the one Maven downloaded into the local
     * repository ({@code maven.repo.local} or {@code ~/.m2/repository}).
     */
    public static Path locateDistribution() {
        String configured = System.getProperty(DISTRIBUTION_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            Path zip = Path.of(configured);
            if (!Files.isRegularFile(zip)) {
                throw new IllegalStateException(DISTRIBUTION_PROPERTY + " names " + zip + ", which does not exist");
            }
            return zip;
        }
        String version = ServerVersions.elasticsearch();
        Path repository = Path.of(System.getProperty(
                "maven.repo.local",
                CurrentUser.home().resolve(".m2").resolve("repository").toString()));
        Path zip = repository.resolve(Path.of(
                "org",
                "elasticsearch",
                "distribution",
                "integ-test-zip",
                "elasticsearch",
                version,
                "elasticsearch-" + version + ".zip"));
        if (!Files.isRegularFile(zip)) {
            throw new IllegalStateException("No Elasticsearch distribution at " + zip + ": let Maven resolve "
                    + "org.elasticsearch.distribution.integ-test-zip:elasticsearch:" + version + ":zip, or set -D"
                    + DISTRIBUTION_PROPERTY);
        }
        return zip;
    }
}
