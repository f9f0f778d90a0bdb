package dk.pressline.servers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class ChildProcessesTests {

    @Test
    void aChildEndsWhenTheJvmThatStartedItIsKilledWithoutRunningItsShutdownHooks() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process parent = new ProcessBuilder(
                        java, "-cp", System.getProperty("java.class.path"), ParentJvm.class.getName())
                .redirectErrorStream(true)
                .start();
        try {
            long childPid;
            try (var output =
                    new BufferedReader(new InputStreamReader(parent.getInputStream(), StandardCharsets.UTF_8))) {
                childPid = Long.parseLong(output.readLine().strip());
                ProcessHandle child = ProcessHandle.of(childPid).orElseThrow();
                assertThat(child.isAlive()).isTrue();

                parent.destroyForcibly();
                assertThat(parent.waitFor(10, TimeUnit.SECONDS)).isTrue();

                await().atMost(Duration.ofSeconds(10)).until(() -> !child.isAlive());
            }
        } finally {
            parent.destroyForcibly();
        }
    }

    /** A JVM that starts a long sleep, prints its pid, and waits to be killed. */
    static final class ParentJvm {
        public static void main(String[] args) throws Exception {
            Process sleep = ChildProcesses.startTiedToThisJvm(new ProcessBuilder("sleep", "600"));
            System.out.println(sleep.pid());
            System.out.flush();
            Thread.sleep(Duration.ofMinutes(10));
        }
    }
}
