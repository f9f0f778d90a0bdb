package dk.pressline.notification.bounce;

import dk.pressline.notification.subscription.SubscriptionProperties;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How a bounce report proves it comes from the mail server.
 *
 * @param bounceSecret what a bounce report must carry in the {@code X-Bounce-Secret} header
 */
@ConfigurationProperties("pressline.notifications")
public record BounceProperties(String bounceSecret) {

    public BounceProperties {
        SubscriptionProperties.requireSecret("bounce-secret", bounceSecret);
    }
}
