package dk.pressline.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The whole platform, started the way {@code ./pressline run} starts it, once for every test class of the run that
 * needs it, on fresh data, and stopped when the last test is done.
 */
public final class RunningPlatform implements BeforeAllCallback {

    public static final String GATEWAY = "http://localhost:" + LocalPlatform.GATEWAY_PORT;
    public static final String TOKEN_ISSUER = "http://localhost:" + LocalPlatform.TOKEN_ISSUER_PORT;
    public static final String MAILBOX = "http://localhost:" + LocalPlatform.MAILBOX_PORT;

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(RunningPlatform.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(NAMESPACE).computeIfAbsent(Started.class, type -> Started.start(), Started.class);
    }

    public static Path repository() {
        return Path.of("..").toAbsolutePath().normalize();
    }

    private record Started(LocalPlatform platform) implements AutoCloseable {

        static Started start() {
            var data = repository().resolve("deploy/target/end-to-end-platform");
            deleteRecursively(data);
            var platform = new LocalPlatform();
            try {
                platform.start(repository(), data);
            } catch (Exception e) {
                platform.stop();
                throw new IllegalStateException("The platform did not start", e);
            }
            return new Started(platform);
        }

        @Override
        public void close() {
            platform.stop();
        }

        private static void deleteRecursively(Path directory) {
            if (!Files.exists(directory)) {
                return;
            }
            try (var paths = Files.walk(directory)) {
                paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
