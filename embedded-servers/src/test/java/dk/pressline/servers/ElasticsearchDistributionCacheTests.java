package dk.pressline.servers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ElasticsearchDistributionCacheTests {

    private static final Path JAVA_HOME = Path.of(System.getProperty("java.home"));

    @TempDir
    Path workspace;

    @Test
    void unpacksADistributionOnceKeepingItsExecutableScripts() throws IOException {
        ElasticsearchDistributionCache cache = new ElasticsearchDistributionCache(workspace.resolve("cache"));
        Path zip = fakeDistribution("elasticsearch-1.0.0");

        try (var first = cache.lease(zip, List.of(), JAVA_HOME);
                var second = cache.lease(zip, List.of(), JAVA_HOME)) {
            assertThat(second.home()).isEqualTo(first.home());
            assertThat(Files.getPosixFilePermissions(first.home().resolve("bin/elasticsearch")))
                    .contains(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OTHERS_EXECUTE);
            assertThat(first.home().resolve("config/elasticsearch.yml")).hasContent("cluster.name: fake");
        }
    }

    @Test
    void deletesTheLeastRecentlyUsedHomesBeyondThree() throws IOException {
        ElasticsearchDistributionCache cache = new ElasticsearchDistributionCache(workspace.resolve("cache"));
        Path oldest = leaseAndReturn(cache, "elasticsearch-1.0.1", 3);
        Path older = leaseAndReturn(cache, "elasticsearch-1.0.2", 2);
        Path old = leaseAndReturn(cache, "elasticsearch-1.0.3", 1);

        try (var newest = cache.lease(fakeDistribution("elasticsearch-1.0.4"), List.of(), JAVA_HOME)) {
            assertThat(oldest).doesNotExist();
            assertThat(List.of(older, old, newest.home())).allMatch(Files::isDirectory);
        }
    }

    @Test
    void neverDeletesALeasedHome() throws IOException {
        ElasticsearchDistributionCache cache = new ElasticsearchDistributionCache(workspace.resolve("cache"));
        try (var leased = cache.lease(fakeDistribution("elasticsearch-1.1.1"), List.of(), JAVA_HOME)) {
            markLastUsed(leased.home(), 10);
            leaseAndReturn(cache, "elasticsearch-1.1.2", 3);
            leaseAndReturn(cache, "elasticsearch-1.1.3", 2);
            leaseAndReturn(cache, "elasticsearch-1.1.4", 1);

            assertThat(leased.home().resolve("bin/elasticsearch")).exists();
        }
    }

    private Path leaseAndReturn(ElasticsearchDistributionCache cache, String name, int minutesAgo) throws IOException {
        try (var lease = cache.lease(fakeDistribution(name), List.of(), JAVA_HOME)) {
            markLastUsed(lease.home(), minutesAgo);
            return lease.home();
        }
    }

    private static void markLastUsed(Path home, int minutesAgo) throws IOException {
        Files.setLastModifiedTime(
                home.resolve(ElasticsearchDistributionCache.LEASE_FILE),
                FileTime.from(Instant.now().minusSeconds(60L * minutesAgo)));
    }

    private Path fakeDistribution(String name) throws IOException {
        Path zip = workspace.resolve(name + ".zip");
        try (FileSystem archive = FileSystems.newFileSystem(
                URI.create("jar:" + zip.toUri()), Map.of("create", "true", "enablePosixFileAttributes", "true"))) {
            Path home = archive.getPath(name);
            Files.createDirectories(home.resolve("bin"));
            Files.createDirectories(home.resolve("config"));
            Files.writeString(home.resolve("bin/elasticsearch"), "#!/bin/sh\n");
            Files.setPosixFilePermissions(
                    home.resolve("bin/elasticsearch"), PosixFilePermissions.fromString("rwxr-xr-x"));
            Files.writeString(home.resolve("config/elasticsearch.yml"), "cluster.name: fake");
        }
        return zip;
    }
}
