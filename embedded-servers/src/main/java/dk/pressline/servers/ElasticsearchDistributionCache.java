package dk.pressline.servers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Unpacked Elasticsearch homes, one per distribution zip and plugin set, shared by every JVM of the same user.
 * A home is unpacked into a staging directory and renamed into place, so a JVM sees either nothing or a complete
 * home even when several start at once. Running instances only read a home; they write into their own directories.
 * Abandoned staging directories are deleted after an hour.
 */
final class ElasticsearchDistributionCache {

    /** Overrides the cache's parent directory; Elasticsearch homes go into its {@code elasticsearch/} folder. */
    static final String CACHE_DIRECTORY_PROPERTY = "pressline.cache.dir";
    /** Shared-locked by every JVM running on a home; its modification time says when the home was last used. */
    static final String LEASE_FILE = ".pressline-lease.lock";

    private static final Logger log = LoggerFactory.getLogger(ElasticsearchDistributionCache.class);
    private static final String STAGING_PREFIX = ".unpacking-";
    private static final String DELETING_PREFIX = ".deleting-";
    private static final int KEPT_HOMES = 3;
    private static final Duration LEASE_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration LEASE_POLL_INTERVAL = Duration.ofMillis(100);
    private static final Duration ABANDONED_STAGING_AGE = Duration.ofHours(1);
    private static final Duration PLUGIN_INSTALL_TIMEOUT = Duration.ofMinutes(3);

    private final Path root;

    ElasticsearchDistributionCache(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /**
     * Under {@code ~/.cache/pressline} normally. Root's home is not reachable by the user Elasticsearch runs as, so
     * root's cache is under {@code /var/tmp/pressline}.
     */
    static ElasticsearchDistributionCache forCurrentUser() {
        String configured = System.getProperty(CACHE_DIRECTORY_PROPERTY);
        Path parent;
        if (configured != null && !configured.isBlank()) {
            parent = Path.of(configured);
        } else if (CurrentUser.isRoot()) {
            parent = Path.of("/var/tmp/pressline");
        } else {
            String xdgCache = System.getenv("XDG_CACHE_HOME");
            Path cacheHome =
                    xdgCache == null || xdgCache.isBlank() ? CurrentUser.home().resolve(".cache") : Path.of(xdgCache);
            parent = cacheHome.resolve("pressline");
        }
        return new ElasticsearchDistributionCache(parent.resolve("elasticsearch"));
    }

    Path root() {
        return root;
    }

    /** An unpacked home in use; the cache deletes no home while a lease on it is open. */
    record Lease(Path home, LockFiles.Hold hold) implements AutoCloseable {

        @Override
        public void close() {
            hold.close();
        }
    }

    /** Leases the Elasticsearch home for the zip with the plugins installed, unpacking it on first use. */
    Lease lease(Path distributionZip, List<Path> pluginZips, Path javaHome) {
        String zipName = distributionZip.getFileName().toString().replaceFirst("\\.zip$", "");
        Path home = root.resolve(zipName + "-" + cacheKey(distributionZip, pluginZips));
        try {
            return Readiness.within(LEASE_TIMEOUT, LEASE_POLL_INTERVAL)
                    .untilPresent(
                            () -> {
                                if (!Files.isDirectory(home)) {
                                    unpack(distributionZip, pluginZips, javaHome, home);
                                }
                                return tryLease(home);
                            },
                            () -> {},
                            () -> new ServerStartException("Cannot lease " + home + ": another JVM keeps it locked"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServerStartException("Interrupted while waiting for the Elasticsearch cache", e);
        }
    }

    /** Nothing when another JVM is deleting the home at this moment; the caller then looks again. */
    private static Optional<Lease> tryLease(Path home) {
        Path leaseFile = home.resolve(LEASE_FILE);
        Optional<LockFiles.Hold> hold;
        try {
            hold = LockFiles.tryShared(leaseFile);
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof NoSuchFileException) {
                return Optional.empty();
            }
            throw e;
        }
        hold.ifPresent(held -> markUsed(leaseFile, held));
        return hold.map(held -> new Lease(home, held));
    }

    private static void markUsed(Path leaseFile, LockFiles.Hold hold) {
        try {
            Files.setLastModifiedTime(leaseFile, FileTime.from(Instant.now()));
        } catch (IOException e) {
            hold.close();
            throw new UncheckedIOException("Cannot mark " + leaseFile.getParent() + " as used", e);
        }
    }

    private void unpack(Path distributionZip, List<Path> pluginZips, Path javaHome, Path home) {
        Directories.createTraversable(root);
        deleteAbandonedStaging();
        long started = System.nanoTime();
        Path staging = createStaging();
        try {
            ZipArchive.unpack(distributionZip, staging);
            Path unpacked = singleDirectoryIn(staging);
            for (Path plugin : pluginZips) {
                installPlugin(unpacked, plugin, javaHome, staging.resolve("plugin-install.log"));
            }
            Files.createFile(unpacked.resolve(LEASE_FILE));
            try {
                Files.move(unpacked, home, StandardCopyOption.ATOMIC_MOVE);
                log.info(
                        "Unpacked {} with {} plugin(s) into {} in {} ms",
                        distributionZip.getFileName(),
                        pluginZips.size(),
                        home,
                        Duration.ofNanos(System.nanoTime() - started).toMillis());
            } catch (IOException e) {
                if (!Files.isDirectory(home)) {
                    throw new UncheckedIOException("Cannot move the unpacked distribution to " + home, e);
                }
                log.debug("Another JVM unpacked {} first", home);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare " + home, e);
        } finally {
            Directories.deleteTree(staging);
        }
        deleteLeastRecentlyUsed(home);
    }

    /**
     * Each plugin build gets its own ~120 MB home; keeps the most recently used few and deletes older ones that no
     * running instance leases. A home is renamed away before deletion, so nobody starts on a half-deleted home.
     */
    private void deleteLeastRecentlyUsed(Path keep) {
        List<Path> others;
        try (Stream<Path> children = Files.list(root)) {
            others = children.filter(child -> Files.exists(child.resolve(LEASE_FILE)))
                    .filter(child -> !child.equals(keep))
                    .sorted(Comparator.comparing(ElasticsearchDistributionCache::lastUsed)
                            .reversed())
                    .toList();
        } catch (IOException e) {
            log.debug("Could not list {}", root, e);
            return;
        }
        for (Path stale : others.subList(Math.min(others.size(), KEPT_HOMES - 1), others.size())) {
            LockFiles.tryExclusive(stale.resolve(LEASE_FILE)).ifPresent(unused -> {
                Path doomed = root.resolve(DELETING_PREFIX + UUID.randomUUID());
                try (unused) {
                    Files.move(stale, doomed, StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException e) {
                    log.debug("Could not move {} away", stale, e);
                    return;
                }
                log.info("Deleting {}, the least recently used Elasticsearch home", stale);
                Directories.deleteTree(doomed);
            });
        }
    }

    private static FileTime lastUsed(Path home) {
        try {
            return Files.getLastModifiedTime(home.resolve(LEASE_FILE));
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    private Path createStaging() {
        try {
            return Files.createTempDirectory(root, STAGING_PREFIX);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a staging directory in " + root, e);
        }
    }

    private static Path singleDirectoryIn(Path staging) {
        try (Stream<Path> children = Files.list(staging)) {
            List<Path> directories = children.filter(Files::isDirectory).toList();
            if (directories.size() != 1) {
                throw new IllegalStateException(
                        "Expected one top-level directory in the distribution, found " + directories);
            }
            return directories.getFirst();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + staging, e);
        }
    }

    private static void installPlugin(Path home, Path pluginZip, Path javaHome, Path logFile) {
        log.info("Installing Elasticsearch plugin {}", pluginZip);
        ServerProcess.runToCompletion(
                "elasticsearch-plugin install " + pluginZip.getFileName(),
                List.of(
                        home.resolve("bin").resolve("elasticsearch-plugin").toString(),
                        "install",
                        "--batch",
                        pluginZip.toAbsolutePath().toUri().toString()),
                Map.of(
                        "ES_JAVA_HOME",
                        javaHome.toString(),
                        "ES_PATH_CONF",
                        home.resolve("config").toString()),
                home,
                logFile,
                PLUGIN_INSTALL_TIMEOUT);
    }

    private void deleteAbandonedStaging() {
        Instant abandonedBefore = Instant.now().minus(ABANDONED_STAGING_AGE);
        try (Stream<Path> children = Files.list(root)) {
            children.filter(child -> child.getFileName().toString().startsWith(STAGING_PREFIX)
                            || child.getFileName().toString().startsWith(DELETING_PREFIX))
                    .filter(child -> lastModified(child).toInstant().isBefore(abandonedBefore))
                    .forEach(Directories::deleteTree);
        } catch (IOException | UncheckedIOException e) {
            log.debug("Could not clean abandoned staging directories in {}", root, e);
        }
    }

    private static FileTime lastModified(Path path) {
        try {
            return Files.getLastModifiedTime(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The distribution is identified by name, size and modification time (hashing 100 MB on every start costs more than
     * it protects); plugins, rebuilt often and small, by content.
     */
    static String cacheKey(Path distributionZip, List<Path> pluginZips) {
        MessageDigest digest = sha256();
        try {
            digest.update((distributionZip.getFileName() + "|" + Files.size(distributionZip) + "|"
                            + Files.getLastModifiedTime(distributionZip).toMillis())
                    .getBytes(StandardCharsets.UTF_8));
            for (Path plugin : pluginZips) {
                digest.update((byte) '|');
                try (InputStream in = Files.newInputStream(plugin)) {
                    byte[] buffer = new byte[64 * 1024];
                    for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                        digest.update(buffer, 0, read);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the distribution or a plugin zip", e);
        }
        return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
