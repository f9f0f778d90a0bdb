package dk.pressline.servers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The directories one Elasticsearch instance writes to: its own copy of the configuration, data, logs and temp files,
 * so that instances sharing a cached distribution never share a writable file.
 */
final class ElasticsearchInstanceDirectory {

    private static final Logger log = LoggerFactory.getLogger(ElasticsearchInstanceDirectory.class);
    private static final Path ROOT_PERSISTENT_PARENT = Path.of("/var/lib/pressline/elasticsearch");

    private static final String TEMPORARY_PREFIX = "pressline-elasticsearch-";
    private static final String LOCK_FILE = ".pressline.lock";
    private static final Duration CLAIM_GRACE = Duration.ofMinutes(1);

    private final Path root;
    private final boolean temporary;
    private final LockFiles.Hold lock;
    private final AtomicBoolean released = new AtomicBoolean();

    private ElasticsearchInstanceDirectory(Path root, boolean temporary) {
        this.root = root;
        this.temporary = temporary;
        this.lock = LockFiles.tryExclusive(root.resolve(LOCK_FILE))
                .orElseThrow(() -> new ServerStartException("Another Elasticsearch instance runs in " + root));
    }

    /**
     * Prepares the requested directory, or a temporary one when none is requested. When Elasticsearch runs as another
     * user that cannot reach the requested directory (it lies under root's 0700 home, say), the instance lives under
     * {@code /var/lib/pressline/elasticsearch} instead, in a directory named after the requested one.
     */
    static ElasticsearchInstanceDirectory prepare(
            Path requested, Path home, Optional<UnprivilegedUser> runAs, Path cacheRoot) {
        ElasticsearchInstanceDirectory instance = requested == null
                ? new ElasticsearchInstanceDirectory(createTemporary(runAs, cacheRoot), true)
                : new ElasticsearchInstanceDirectory(
                        reachable(requested.toAbsolutePath().normalize(), runAs), false);
        try {
            instance.populate(home);
            runAs.ifPresent(user -> user.takeOwnership(instance.root));
            return instance;
        } catch (RuntimeException e) {
            instance.release();
            throw e;
        }
    }

    /** Root's temporary instances go next to the cache, which the Elasticsearch user can reach; others' into /tmp. */
    private static Path createTemporary(Optional<UnprivilegedUser> runAs, Path cacheRoot) {
        Path parent = runAs.isPresent()
                ? Directories.createTraversable(cacheRoot.resolve("instances"))
                : Path.of(System.getProperty("java.io.tmpdir"));
        deleteAbandonedTemporaries(parent);
        try {
            return Files.createTempDirectory(parent, TEMPORARY_PREFIX);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a temporary Elasticsearch directory in " + parent, e);
        }
    }

    /** Temporary directories left by JVMs that were killed before they could clean up: nobody holds their lock. */
    private static void deleteAbandonedTemporaries(Path parent) {
        try (Stream<Path> children = Files.list(parent)) {
            children.filter(child -> child.getFileName().toString().startsWith(TEMPORARY_PREFIX))
                    .filter(Files::isDirectory)
                    .forEach(ElasticsearchInstanceDirectory::deleteIfAbandoned);
        } catch (IOException | UncheckedIOException e) {
            log.debug("Could not look for abandoned Elasticsearch directories in {}", parent, e);
        }
    }

    private static void deleteIfAbandoned(Path directory) {
        if (isYoungerThan(directory, CLAIM_GRACE)) {
            return;
        }
        Optional<LockFiles.Hold> unclaimed = LockFiles.tryExclusive(directory.resolve(LOCK_FILE));
        if (unclaimed.isPresent()) {
            log.info("Deleting {}, left behind by a JVM that did not stop its Elasticsearch", directory);
            unclaimed.get().close();
            Directories.deleteTree(directory);
        }
    }

    private static Path reachable(Path requested, Optional<UnprivilegedUser> runAs) {
        if (runAs.isEmpty() || runAs.get().canReach(requested.getParent())) {
            return Directories.createTraversable(requested);
        }
        Path relocated =
                ROOT_PERSISTENT_PARENT.resolve(requested.getFileName() + "-" + shortHash(requested.toString()));
        log.warn(
                "User {} cannot reach {}; keeping this Elasticsearch instance in {} instead",
                runAs.get().name(),
                requested,
                relocated);
        return Directories.createTraversable(relocated);
    }

    private void populate(Path home) {
        Directories.create(data());
        Directories.create(logs());
        Directories.deleteTree(tmp());
        Directories.create(tmp());
        Directories.copyTree(home.resolve("config"), config());
        try {
            for (String portsFile : List.of("http.ports", "transport.ports")) {
                Files.deleteIfExists(logs().resolve(portsFile));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot remove stale ports files in " + logs(), e);
        }
    }

    Path root() {
        return root;
    }

    Path config() {
        return root.resolve("config");
    }

    Path data() {
        return root.resolve("data");
    }

    Path logs() {
        return root.resolve("logs");
    }

    Path tmp() {
        return root.resolve("tmp");
    }

    Path consoleLog() {
        return root.resolve("elasticsearch-console.log");
    }

    /** The HTTP address Elasticsearch wrote once it bound its port ({@code node.portsfile}). */
    Optional<String> boundHttpAddress() {
        Path portsFile = logs().resolve("http.ports");
        try {
            if (!Files.isRegularFile(portsFile)) {
                return Optional.empty();
            }
            return Files.readAllLines(portsFile, StandardCharsets.UTF_8).stream()
                    .map(String::trim)
                    .filter(line -> !line.isEmpty())
                    .findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** A directory is created a moment before its creator locks it. */
    private static boolean isYoungerThan(Path directory, Duration age) {
        try {
            return Files.getLastModifiedTime(directory)
                    .toInstant()
                    .isAfter(Instant.now().minus(age));
        } catch (IOException e) {
            return true;
        }
    }

    /** Releases the directory to the next instance, deleting it when it is temporary. */
    void release() {
        if (!released.compareAndSet(false, true)) {
            return;
        }
        lock.close();
        if (temporary) {
            Directories.deleteTree(root);
        }
    }

    private static String shortHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
