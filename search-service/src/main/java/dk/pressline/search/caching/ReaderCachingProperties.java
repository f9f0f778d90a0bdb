package dk.pressline.search.caching;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long browsers and shared caches may keep what anonymous readers read.
 *
 * @param maxAge search, suggestions, listings, article pages and feeds
 * @param sitemapMaxAge the sitemap, which crawlers fetch rarely and where a stale entry costs a crawler one 404
 */
@ConfigurationProperties("pressline.search.http-cache")
public record ReaderCachingProperties(Duration maxAge, Duration sitemapMaxAge) {

    public ReaderCachingProperties {
        maxAge = maxAge == null ? Duration.ofSeconds(60) : maxAge;
        sitemapMaxAge = sitemapMaxAge == null ? Duration.ofMinutes(10) : sitemapMaxAge;
    }
}
