package dk.pressline.gateway.limits;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How fast one anonymous client may send requests through one gateway instance.
 *
 * @param requestsPerSecond the sustained rate, refilled continuously
 * @param burst how many requests a client that has been quiet may send at once
 * @param clients how many clients' buckets are kept at most; the least recently seen are forgotten first
 */
@ConfigurationProperties("pressline.gateway.reader-rate")
public record ReaderRateLimitProperties(Integer requestsPerSecond, Integer burst, Integer clients) {

    public ReaderRateLimitProperties {
        requestsPerSecond = requestsPerSecond == null ? 20 : requestsPerSecond;
        burst = burst == null ? 100 : burst;
        clients = clients == null ? 100_000 : clients;
        if (requestsPerSecond < 1 || burst < 1 || clients < 1) {
            throw new IllegalArgumentException("requests-per-second, burst and clients must each be 1 or more");
        }
    }
}
