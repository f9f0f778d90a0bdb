package dk.pressline.website.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

/**
 * Every page is anonymous; what Spring Security adds is CSRF protection of the forms that change something (sign-up,
 * confirm, preferences). The token is rendered into each {@code th:action} form and checked against an HttpOnly
 * cookie, so it needs no session and works on any instance. The unsubscribe POST is left out: RFC 8058 has mail
 * clients post it without cookies, and the signed token in its address, which no other site has, already authorises
 * it. The site's own headers come from {@link SecurityHeadersFilter}.
 */
@Configuration(proxyBeanMethods = false)
class WebsiteSecurityConfiguration {

    @Bean
    SecurityFilterChain pages(HttpSecurity http) {
        return http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.csrfTokenRepository(new CookieCsrfTokenRepository())
                        .ignoringRequestMatchers(PathPatternRequestMatcher.withDefaults()
                                .matcher(HttpMethod.POST, "/nyhedsbrev/afmeld")))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers.disable())
                .build();
    }

    /** Nobody logs in: no user, and no generated password in the log. */
    @Bean
    UserDetailsService noUsers() {
        return new InMemoryUserDetailsManager();
    }
}
