package dk.pressline.deploy;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The secrets a local run's services need, generated at random on the first run and kept in the data directory:
 * they must stay the same between runs (a new link secret would break every link already mailed).
 */
final class LocalSecrets {

    private static final SecureRandom random = new SecureRandom();

    private LocalSecrets() {}

    /** The named secrets (environment variable names), from {@code file}, adding any that are missing. */
    static Map<String, String> keptIn(Path file, String... names) throws IOException {
        var stored = new Properties();
        if (Files.exists(file)) {
            try (Reader in = Files.newBufferedReader(file)) {
                stored.load(in);
            }
        }
        var secrets = new LinkedHashMap<String, String>();
        boolean added = false;
        for (var name : names) {
            var value = stored.getProperty(name);
            if (value == null) {
                var bytes = new byte[36];
                random.nextBytes(bytes);
                value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
                stored.setProperty(name, value);
                added = true;
            }
            secrets.put(name, value);
        }
        if (added) {
            Files.createDirectories(file.getParent());
            try (Writer out = Files.newBufferedWriter(file)) {
                stored.store(out, "Secrets of the local run; keep them, or links already mailed stop working");
            }
        }
        return secrets;
    }
}
