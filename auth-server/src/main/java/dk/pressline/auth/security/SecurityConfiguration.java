package dk.pressline.auth.security;

import static org.springframework.security.config.Customizer.withDefaults;

import dk.pressline.auth.person.web.SignInPage;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.prometheus.PrometheusScrapeEndpoint;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * The authorization server's own endpoints, where a browser without a session is sent to sign in; the sign-in and
 * signed-out pages; anonymous health and metrics; and nothing else.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServerEndpoints(HttpSecurity http) throws Exception {
        return http.oauth2AuthorizationServer(server -> {
                    http.securityMatcher(server.getEndpointsMatcher());
                    server.oidc(oidc -> oidc.logoutEndpoint(
                            logout -> logout.logoutResponseHandler(new SignOutResponse(SignInPage.SIGNED_OUT))));
                })
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint(SignInPage.SIGN_IN),
                        new MediaTypeRequestMatcher(MediaType.TEXT_HTML)))
                .oauth2ResourceServer(resourceServer -> resourceServer.jwt(withDefaults()))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain signInPages(HttpSecurity http) throws Exception {
        return http.securityMatcher(SignInPage.SIGN_IN, SignInPage.SIGNED_OUT, SignInPage.STYLESHEET)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .formLogin(form -> form.loginPage(SignInPage.SIGN_IN).failureHandler(new SignInFailure()))
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain everythingElse(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(requests -> requests.requestMatchers(
                                EndpointRequest.to(HealthEndpoint.class, PrometheusScrapeEndpoint.class))
                        .permitAll()
                        .anyRequest()
                        .denyAll())
                .build();
    }

    /** Lets the issuer name the session in the ID token's {@code sid} and end it at RP-initiated logout. */
    @Bean
    SessionRegistry sessionRegistry() {
        return new SessionRegistryImpl();
    }

    @Bean
    HttpSessionEventPublisher httpSessionEventPublisher() {
        return new HttpSessionEventPublisher();
    }
}
