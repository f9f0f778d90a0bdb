package dk.pressline.article.config;

import dk.pressline.platform.security.AuthorizationRules;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ArticleServiceConfiguration {

    /** The newsroom API is the editors' (and admins'); readers get articles from search-service. */
    @Bean
    AuthorizationRules newsroomRules() {
        return requests -> requests.requestMatchers("/api/**").hasAnyRole("EDITOR", "ADMIN");
    }

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
