package dk.pressline.platform.security;

import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Every service is an OAuth2 resource server: JWTs carry the caller's roles, each service adds its own
 * {@link AuthorizationRules}, and everything else is denied. Health, metrics and the API description stay public.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(PresslineSecurityProperties.class)
@EnableMethodSecurity
public class PlatformSecurityConfiguration {

    /** Metrics too: a service answers only on the internal network, where Prometheus scrapes it without a token. */
    private static final List<String> PUBLIC_PATHS = List.of(
            "/actuator/health",
            "/actuator/health/**",
            "/actuator/info",
            "/actuator/prometheus",
            "/v3/api-docs",
            "/v3/api-docs/**",
            "/swagger-ui.html",
            "/swagger-ui/**",
            "/error");

    @Bean
    SecurityFilterChain presslineSecurityFilterChain(HttpSecurity http, ObjectProvider<AuthorizationRules> rules)
            throws Exception {
        var problems = new ProblemAuthenticationEntryPoint();
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers(PUBLIC_PATHS.toArray(String[]::new))
                            .permitAll();
                    rules.orderedStream().forEach(rule -> rule.apply(requests));
                    requests.anyRequest().denyAll();
                })
                .oauth2ResourceServer(server -> server.jwt(jwt -> jwt.jwtAuthenticationConverter(rolesFromTokens()))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(exceptions ->
                        exceptions.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        return http.build();
    }

    static JwtAuthenticationConverter rolesFromTokens() {
        var authorities = new JwtGrantedAuthoritiesConverter();
        authorities.setAuthoritiesClaimName("roles");
        authorities.setAuthorityPrefix("ROLE_");
        var converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(authorities);
        return converter;
    }

    /** Checked whichever way the signing key is configured: Boot checks the issuer only when it discovers the key. */
    @Bean
    @ConditionalOnProperty("pressline.security.token-issuer")
    OAuth2TokenValidator<Jwt> tokenIssuerValidator(PresslineSecurityProperties properties) {
        return new JwtIssuerValidator(properties.tokenIssuer());
    }
}
