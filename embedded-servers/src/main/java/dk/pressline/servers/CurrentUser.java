package dk.pressline.servers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Facts about the operating-system user this JVM runs as. */
final class CurrentUser {

    private CurrentUser() {}

    static boolean isRoot() {
        Path self = Path.of("/proc/self");
        if (Files.exists(self)) {
            try {
                return ((Number) Files.getAttribute(self, "unix:uid")).intValue() == 0;
            } catch (IOException | UnsupportedOperationException e) {
                // fall through to the user name
            }
        }
        return "root".equals(System.getProperty("user.name"));
    }

    static Path home() {
        return Path.of(System.getProperty("user.home"));
    }
}
