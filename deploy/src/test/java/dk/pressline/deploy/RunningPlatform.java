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
 *
 * <p>With {@code -Dpressline.test.platform=running} the tests use the platform already running on this machine
 * ({@code ./pressline run}) instead, to iterate on them quickly.
 */
public final class RunningPlatform implements BeforeAllCallback {

    public static final String GATEWAY = "http://localhost:" + LocalPlatform.GATEWAY_PORT;
    public static final String TOKEN_ISSUER = "http://localhost:" + LocalPlatform.TOKEN_ISSUER_PORT;
    public static final String MAILBOX = "http://localhost:" + LocalPlatform.MAILBOX_PORT;

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(RunningPlatform.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        var attempt = context.getRoot().getStore(NAMESPACE).computeIfAbsent(Attempt.class, type -> Attempt.start(),
                Attempt.class);
        if (attempt.failure() != null) {
            throw new IllegalStateException("The platform did not start", attempt.failure());
        }
    }

    public static Path repository() {
        return Path.of("..").toAbsolutePath().normalize();
    }

    /** The platform, or why it did not start: the next test class is told at once instead of trying again. */
    private record Attempt(LocalPlatform platform, Exception failure) implements AutoCloseable {

        static Attempt start() {
            if ("running".equals(System.getProperty("pressline.test.platform"))) {
                return new Attempt(null, null);
            }
            var data = repository().resolve("deploy/target/end-to-end-platform");
            deleteRecursively(data);
            var platform = new LocalPlatform();
            try {
                platform.start(repository(), data);
            } catch (Exception e) {
                platform.stop();
                return new Attempt(platform, e);
            }
            return new Attempt(platform, null);
        }

        @Override
        public void close() {
            if (platform != null) {
                platform.stop();
            }
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
