package dk.pressline.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalPlatformPortTests {

    @Test
    void refusesToStartWhenAPortItListensOnIsTakenAndStartsNothing(@TempDir Path data) throws Exception {
        var layout = new PlatformLayout(21_000, 1, 1, Map.of());
        try (var taken =
                new ServerSocket(layout.port(LocalPlatform.TOKEN_ISSUER_PORT), 50, InetAddress.getLoopbackAddress())) {
            var platform = new LocalPlatform(layout);

            assertThatThrownBy(() -> platform.start(RunningPlatform.repository(), data))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("[" + taken.getLocalPort() + "]")
                    .hasMessageContaining("in use by another program");
            platform.stop();
        }
        try (var contents = Files.list(data)) {
            assertThat(contents).as("nothing started, nothing written").isEmpty();
        }
    }
}
