package dk.pressline.platform.kafka;

import java.time.Duration;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;

/** A Kafka Admin client created on first use, so a service starts whether or not Kafka answers yet. */
final class LazyAdmin implements AutoCloseable {

    private final Map<String, Object> config;
    private volatile Admin admin;

    LazyAdmin(Map<String, Object> config) {
        this.config = config;
    }

    Admin get() {
        if (admin == null) {
            synchronized (this) {
                if (admin == null) {
                    admin = Admin.create(config);
                }
            }
        }
        return admin;
    }

    @Override
    public void close() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(2));
        }
    }
}
