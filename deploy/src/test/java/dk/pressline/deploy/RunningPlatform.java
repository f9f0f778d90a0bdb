package dk.pressline.deploy;

import dk.pressline.servers.ChildProcesses;
import dk.pressline.servers.Readiness;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole platform, started as a user starts it: {@code ./pressline run --demo} in a process of its own, on the
 * launcher's packaged class path (only {@code --no-build}, since the build running these tests has just built it),
 * once for every test class of the run that needs it, on fresh data with the demo content, and stopped with SIGTERM,
 * as Ctrl-C stops it, when the last test is done. A jar missing from the launcher's class path fails here.
 *
 * <p>With {@code -Dpressline.test.platform=running} the tests use the platform already running on this machine
 * ({@code ./pressline run --demo}) instead, to iterate on them quickly.
 */
public final class RunningPlatform implements BeforeAllCallback {

    public static final String GATEWAY = "http://localhost:" + LocalPlatform.GATEWAY_PORT;
    public static final String TOKEN_ISSUER = "http://localhost:" + LocalPlatform.TOKEN_ISSUER_PORT;
    public static final String MAILBOX = "http://localhost:" + LocalPlatform.MAILBOX_PORT;

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(10);
    private static final Duration STOP_TIMEOUT = Duration.ofMinutes(1);
    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(RunningPlatform.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        var attempt = context.getRoot()
                .getStore(NAMESPACE)
                .computeIfAbsent(Attempt.class, type -> Attempt.start(), Attempt.class);
        if (attempt.failure() != null) {
            throw new IllegalStateException("The platform did not start", attempt.failure());
        }
    }

    /** An access token from the platform's issuer for a demo client ({@code "editor:editor-secret"}). */
    public static String token(String clientCredentials) throws IOException, InterruptedException {
        return token(TOKEN_ISSUER, clientCredentials);
    }

    /** An access token from the issuer at {@code tokenIssuer} through the client credentials grant. */
    public static String token(String tokenIssuer, String clientCredentials) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(tokenIssuer + "/oauth2/token"))
                .timeout(Duration.ofSeconds(30))
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString(clientCredentials.getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build();
        var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("No token for " + clientCredentials.split(":")[0] + ": "
                    + response.statusCode() + " " + response.body());
        }
        return JsonMapper.builder()
                .build()
                .readTree(response.body())
                .get("access_token")
                .asString();
    }

    public static Path repository() {
        return Path.of("..").toAbsolutePath().normalize();
    }

    /** The launcher's process, or why it did not start: the next test class is told at once instead of trying again. */
    private record Attempt(Process launcher, Exception failure) implements AutoCloseable {

        static Attempt start() {
            if ("running".equals(System.getProperty("pressline.test.platform"))) {
                return new Attempt(null, null);
            }
            var target = repository().resolve("deploy/target");
            var data = target.resolve("end-to-end-platform");
            var output = target.resolve("end-to-end-platform.log");
            try {
                FileSystemUtils.deleteRecursively(data);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Process launcher = null;
            try {
                launcher = launch(data, output);
                awaitReady(launcher, output);
                return new Attempt(launcher, null);
            } catch (Exception e) {
                if (launcher != null) {
                    stop(launcher);
                }
                return new Attempt(launcher, e);
            }
        }

        private static Process launch(Path data, Path output) throws IOException {
            var builder = new ProcessBuilder(
                            repository().resolve("pressline").toString(), "run", "--demo", "--no-build")
                    .directory(repository().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile());
            builder.environment().put("PRESSLINE_DATA_DIR", data.toString());
            // Should this JVM be killed, the launcher is stopped with it, and its shutdown hook stops the platform.
            return ChildProcesses.startTiedToThisJvm(builder);
        }

        private static void awaitReady(Process launcher, Path output) throws InterruptedException {
            Readiness.within(READY_TIMEOUT, Duration.ofMillis(500))
                    .until(
                            () -> read(output).contains(LocalPlatform.READY),
                            () -> {
                                if (!launcher.isAlive()) {
                                    throw new IllegalStateException("./pressline run --demo exited with code "
                                            + launcher.exitValue() + ":\n" + tail(output));
                                }
                            },
                            () -> new IllegalStateException("./pressline run --demo was not ready within "
                                    + READY_TIMEOUT + ":\n" + tail(output)));
        }

        private static String read(Path output) {
            try {
                return Files.readString(output, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            if (launcher != null) {
                stop(launcher);
            }
        }

        /** As Ctrl-C does: SIGTERM, and the launcher stops every process it started. */
        private static void stop(Process launcher) {
            var descendants = launcher.descendants().toList();
            launcher.destroy();
            try {
                if (!launcher.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                    launcher.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                launcher.destroyForcibly();
            }
            descendants.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        }

        private static String tail(Path output) {
            var lines = read(output).lines().toList();
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
        }
    }
}
