package dk.pressline.sponsor.reporting;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How readers' interactions are counted.
 *
 * @param readerWindow a reader's clicks (and impressions) of one booking count once within this time of the last one
 *     counted
 * @param readerKeySecret the key of the HMAC that turns a reader's address and user agent into a reader key; instances
 *     that share one database must share it, so a reader is the same reader on each
 */
@ConfigurationProperties("pressline.sponsor.interactions")
record InteractionLimits(Duration readerWindow, String readerKeySecret) {

    InteractionLimits {
        readerWindow = readerWindow == null ? Duration.ofMinutes(30) : readerWindow;
        if (readerWindow.isNegative()) {
            throw new IllegalArgumentException("reader-window must not be negative: " + readerWindow);
        }
    }
}
