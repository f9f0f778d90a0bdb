package dk.pressline.notification.config;

import dk.pressline.notification.subscription.Links;
import dk.pressline.platform.security.AuthorizationRules;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
class NotificationServiceConfiguration {

    /**
     * Readers reach their subscription without a token, through signed links; the bounce endpoint checks its own
     * shared secret; the newsletter preview and test are the editors'; consent evidence and redriving dead letters are
     * the admins'.
     */
    @Bean
    AuthorizationRules notificationRules() {
        return requests -> requests.requestMatchers(Links.SUBSCRIPTIONS_PATH, Links.SUBSCRIPTIONS_PATH + "/**")
                .permitAll()
                .requestMatchers(HttpMethod.POST, "/api/bounces")
                .permitAll()
                .requestMatchers("/api/newsletter/**")
                .hasAnyRole("EDITOR", "ADMIN")
                .requestMatchers("/api/consents", "/api/deliveries/**", "/api/events/**")
                .hasRole("ADMIN");
    }

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
