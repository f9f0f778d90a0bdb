package dk.pressline.servers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Versions of the server artifacts this module was built against, written into a resource by the build. */
final class ServerVersions {

    private static final String RESOURCE = "/pressline-servers.properties";

    private ServerVersions() {}

    static String elasticsearch() {
        return load().getProperty("elasticsearch.version");
    }

    private static Properties load() {
        try (InputStream in = ServerVersions.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + RESOURCE + " on the classpath");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }
}
