package dk.pressline.notification.alert;

import java.time.Duration;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When theme alerts go out.
 *
 * @param alertMaxAge an article first published longer ago than this is not alerted (a replay of the topic)
 */
@ConfigurationProperties("pressline.notifications")
public record AlertProperties(Duration alertMaxAge) {

    public AlertProperties {
        Objects.requireNonNull(alertMaxAge, "pressline.notifications.alert-max-age");
    }
}
