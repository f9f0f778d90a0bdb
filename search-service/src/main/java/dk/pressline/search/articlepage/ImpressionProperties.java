package dk.pressline.search.articlepage;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How page views become impressions.
 *
 * @param perReader whether impressions name their reader (by address and user agent) and robots' views count none; off,
 *     every view counts, for callers that do not pass the reader's address and user agent on
 * @param readerKeySecret the key of the hash that makes a reader key; instances must share it
 */
@ConfigurationProperties("pressline.search.impressions")
record ImpressionProperties(Boolean perReader, String readerKeySecret) {

    ImpressionProperties {
        perReader = perReader == null || perReader;
    }
}
