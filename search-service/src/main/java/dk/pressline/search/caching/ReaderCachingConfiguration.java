package dk.pressline.search.caching;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Caching of what readers read: in the service, article pages, feeds and the sitemap are kept for a short time
 * ({@code spring.cache.caffeine.spec}) so repeated requests do not query Elasticsearch again; over HTTP, see
 * {@link ReaderHttpCaching}.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
@EnableConfigurationProperties(ReaderCachingProperties.class)
class ReaderCachingConfiguration {

    /** The readers' endpoints; the administration's are never marked cacheable. */
    static final String[] READER_PATHS = {
        "/api/search", "/api/search/*", "/api/content/*", "/api/events", "/api/jobs", "/feeds/*", "/sitemap.xml"
    };

    @Bean
    FilterRegistrationBean<ReaderHttpCaching> readerHttpCaching(ReaderCachingProperties properties) {
        var registration = new FilterRegistrationBean<>(new ReaderHttpCaching(properties));
        registration.addUrlPatterns(READER_PATHS);
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
    }

    @Bean
    NotModifiedResponses notModifiedResponses() {
        return new NotModifiedResponses(READER_PATHS);
    }
}
