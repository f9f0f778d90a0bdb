package dk.pressline.search.config;

import dk.pressline.platform.security.AuthorizationRules;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

@Configuration(proxyBeanMethods = false)
class SearchServiceConfiguration {

    /** Readers are anonymous: everything they read is public. */
    @Bean
    AuthorizationRules readerRules() {
        return requests -> requests.requestMatchers(
                        HttpMethod.GET,
                        "/api/search",
                        "/api/search/**",
                        "/api/content/**",
                        "/api/events",
                        "/api/jobs",
                        "/feeds/**",
                        "/sitemap.xml")
                .permitAll();
    }

    @Bean
    AuthorizationRules administrationRules() {
        return requests -> requests.requestMatchers("/api/admin/**").hasRole("ADMIN");
    }

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
