package dk.pressline.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A server the launcher starts: its log, the wait for its health, a kill and a start again as the fault suite does. */
class ServiceProcessTests {

    @TempDir
    Path logs;

    private final int port = freePort();

    @Test
    void aServiceWhoseProcessExitsFailsTheWaitAtOnceNamingItsExitCodeAndLog() throws Exception {
        try (var service = start("broken", "echo no database; exit 3")) {
            long started = System.nanoTime();

            assertThatThrownBy(() -> service.awaitHealthy(Duration.ofMinutes(1)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("broken exited with code 3; see " + logs.resolve("broken.log"));
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
            assertThat(logs.resolve("broken.log")).content().contains("no database");
        }
    }

    @Test
    void aServiceThatNeverAnswersFailsTheWaitWhenTheTimeIsUp() throws Exception {
        try (var service = start("silent", "exec sleep 60")) {
            assertThatThrownBy(() -> service.awaitHealthy(Duration.ofSeconds(1)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("silent was not healthy within PT1S; see " + logs.resolve("silent.log"));
        }
    }

    @Test
    void aKilledServiceStartsAgainOnItsPortWithItsOutputAppendedToItsLog() throws Exception {
        var log = logs.resolve("victim.log");
        try (var service = start("victim", "echo listening on $SERVER_PORT; exec sleep 60")) {
            await().atMost(Duration.ofSeconds(20))
                    .until(() -> Files.readString(log).contains("listening on " + port));
            assertThatThrownBy(service::startAgain).hasMessage("victim is still running");

            service.kill();
            service.startAgain();

            await().atMost(Duration.ofSeconds(20))
                    .until(() -> Files.readAllLines(log).stream()
                                    .filter(line -> line.equals("listening on " + port))
                                    .count()
                            == 2);
        }
    }

    private ServiceProcess start(String name, String script) throws Exception {
        return ServiceProcess.start(
                new LocalService(name, port, Map.of()), List.of("sh", "-c", script), logs, "/health");
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
