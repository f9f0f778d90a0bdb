package dk.pressline.platform.sample;

import dk.pressline.platform.security.AuthorizationRules;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;

/**
 * A tiny service built on the platform, so the platform's security and API conventions can be tested end to end:
 * advertisers' notices, managed by sales, read by their advertiser, with a public list for readers.
 */
@SpringBootApplication
class NoticeBoardApplication {

    @Bean
    AuthorizationRules noticeRules() {
        return requests -> requests.requestMatchers(HttpMethod.GET, "/public/notices", "/public/notices/*")
                .permitAll()
                .requestMatchers(HttpMethod.GET, "/notices/*")
                .hasAnyRole("SALES", "ADMIN", "ADVERTISER")
                .requestMatchers("/notices", "/notices/*")
                .hasAnyRole("SALES", "ADMIN");
    }
}
