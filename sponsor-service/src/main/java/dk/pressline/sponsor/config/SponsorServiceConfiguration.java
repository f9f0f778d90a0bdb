package dk.pressline.sponsor.config;

import dk.pressline.platform.security.AuthorizationRules;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SponsorServiceConfiguration {

    private static final String[] STAFF = {"SALES", "ADMIN"};
    private static final String[] BUSINESS = {"SALES", "ADMIN", "ADVERTISER"};

    /**
     * Sales (and admins) run the business: advertisers, prices, decisions. Advertisers book and follow their own
     * bookings; which advertiser's business a caller may see is checked per request ({@code mayActForAdvertiser}).
     * Readers' clicks on placements pass through the redirect without a token.
     */
    @Bean
    AuthorizationRules sponsorRules() {
        return requests -> requests.requestMatchers(HttpMethod.GET, "/r/*")
                .permitAll()
                .requestMatchers(HttpMethod.GET, "/api/advertisers")
                .hasAnyRole(STAFF)
                .requestMatchers(HttpMethod.GET, "/api/advertisers/**")
                .hasAnyRole(BUSINESS)
                .requestMatchers("/api/advertisers/**")
                .hasAnyRole(STAFF)
                .requestMatchers(HttpMethod.GET, "/api/prices/**")
                .hasAnyRole(BUSINESS)
                .requestMatchers("/api/prices/**")
                .hasAnyRole(STAFF)
                .requestMatchers("/api/bookings/*/approve", "/api/bookings/*/reject", "/api/bookings/*/withdraw")
                .hasAnyRole(STAFF)
                .requestMatchers("/api/bookings/**", "/api/availability", "/api/quotes")
                .hasAnyRole(BUSINESS);
    }

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
