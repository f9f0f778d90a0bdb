package dk.pressline.notification.unsubscribe;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The mailbox behind the {@code mailto:} unsubscribe of {@code List-Unsubscribe}, read over IMAP. Nothing reads it
 * unless {@code host} is set.
 *
 * @param protocol {@code imaps} (TLS) or {@code imap}
 * @param folder the folder the unsubscribe mails arrive in
 * @param pollInterval the pause between two reads of the mailbox
 * @param maxPerPoll most messages handled in one read; the rest wait for the next
 */
@ConfigurationProperties("pressline.notifications.unsubscribe-by-mail")
public record UnsubscribeByMailProperties(
        String host,
        @DefaultValue("993") int port,
        @DefaultValue("imaps") String protocol,
        String username,
        String password,
        @DefaultValue("INBOX") String folder,
        @DefaultValue("1m") Duration pollInterval,
        @DefaultValue("500") int maxPerPoll) {

    public UnsubscribeByMailProperties {
        if (!"imap".equals(protocol) && !"imaps".equals(protocol)) {
            throw new IllegalArgumentException(
                    "pressline.notifications.unsubscribe-by-mail.protocol must be imap or imaps, not " + protocol);
        }
        if (pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException(
                    "pressline.notifications.unsubscribe-by-mail.poll-interval must be " + "positive");
        }
        if (maxPerPoll < 1) {
            throw new IllegalArgumentException(
                    "pressline.notifications.unsubscribe-by-mail.max-per-poll must be at " + "least 1");
        }
    }
}
