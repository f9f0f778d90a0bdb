package dk.pressline.portal.config;

import dk.pressline.portal.web.DanishAccessDenied;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.prometheus.PrometheusScrapeEndpoint;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientPropertiesMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.web.util.UriComponentsBuilder;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * Every page but the assets and the error page needs a signed-in person: OAuth2 login as the confidential client
 * {@value #REGISTRATION} (authorization code with PKCE). The tokens stay in the server-side session; the browser holds
 * only the session cookie. Signing out ends the issuer's session too (OpenID RP-initiated logout) and comes back to
 * the start page. Which pages a role may see is decided here, by path.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OAuth2ClientProperties.class)
class PortalSecurityConfiguration {

    /** The registration id of the portal's client: the redirect URI is {@code {address}/login/oauth2/code/pressline}. */
    static final String REGISTRATION = "pressline";

    /**
     * Health and metrics on the management port answer without signing in, as the launcher's and Compose's health
     * checks and Prometheus ask for them; the port is never published.
     */
    @Bean
    @Order(1)
    SecurityFilterChain healthAndMetrics(HttpSecurity http) {
        return http.securityMatcher(EndpointRequest.to(HealthEndpoint.class, PrometheusScrapeEndpoint.class))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(
            HttpSecurity http,
            ClientRegistrationRepository registrations,
            GrantedAuthoritiesMapper rolesFromIdToken,
            ObjectProvider<ThymeleafViewResolver> views,
            OAuth2ClientProperties client,
            PortalProperties portal) {
        var signOut = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        signOut.setPostLogoutRedirectUri(portal.address() + "/");
        var authorizationRequests = new DefaultOAuth2AuthorizationRequestResolver(
                registrations, OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
        authorizationRequests.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        var backToWhatWasAskedFor = new SavedRequestAwareAuthenticationSuccessHandler();
        backToWhatWasAskedFor.setRedirectStrategy(new SameOriginRedirectsAsPaths());
        return http.authorizeHttpRequests(
                        requests -> requests.requestMatchers("/assets/**", "/error", "/livez", "/readyz")
                                .permitAll()
                                .requestMatchers("/bookinger/**", "/rapporter/**")
                                .hasRole("ADVERTISER")
                                .requestMatchers("/salg/**")
                                .hasAnyRole("SALES", "ADMIN")
                                .requestMatchers("/kalender/**")
                                .hasAnyRole("ADVERTISER", "SALES", "ADMIN")
                                .anyRequest()
                                .authenticated())
                .oauth2Login(login -> login.loginPage("/oauth2/authorization/" + REGISTRATION)
                        .successHandler(backToWhatWasAskedFor)
                        .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(authorizationRequests))
                        .userInfoEndpoint(userInfo -> userInfo.userAuthoritiesMapper(rolesFromIdToken)))
                .logout(logout -> logout.logoutSuccessHandler(signOut))
                .exceptionHandling(failures -> failures.accessDeniedHandler(new DanishAccessDenied(views)))
                .headers(headers -> headers.contentSecurityPolicy(policy -> policy.policyDirectives(
                        contentSecurityPolicy(client, new IssuerAsBrowsersReachIt(portal.issuerForBrowsers())))))
                .build();
    }

    /**
     * Own scripts and styles only, none inline; images from https (creatives); forms post to the portal, and "Log ud"
     * is redirected on to the issuer, which form-action must therefore allow.
     */
    static String contentSecurityPolicy(OAuth2ClientProperties client, IssuerAsBrowsersReachIt issuerForBrowsers) {
        var issuer = client.getProvider().get(REGISTRATION);
        var issuerAddress = issuerForBrowsers.origin() != null
                ? issuerForBrowsers.origin().toString()
                : issuer == null ? null : issuer.getIssuerUri();
        var issuerOrigin = issuerAddress == null
                ? ""
                : " "
                        + UriComponentsBuilder.fromUriString(issuerAddress)
                                .replacePath(null)
                                .replaceQuery(null)
                                .build()
                                .toUriString();
        return "default-src 'self'; img-src 'self' https:; script-src 'self'; style-src 'self'; connect-src 'self'; "
                + "form-action 'self'" + issuerOrigin + "; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";
    }

    @Bean
    ClientRegistrationRepository clientRegistrations(OAuth2ClientProperties properties, PortalProperties portal) {
        var asBrowsersReachIt = new IssuerAsBrowsersReachIt(portal.issuerForBrowsers());
        return new DiscoveredOnFirstUse(() -> new OAuth2ClientPropertiesMapper(properties)
                .asClientRegistrations().entrySet().stream()
                        .collect(Collectors.toMap(
                                Map.Entry::getKey, entry -> asBrowsersReachIt.apply(entry.getValue()))));
    }

    @Bean
    GrantedAuthoritiesMapper rolesFromIdToken(PortalProperties properties) {
        return new RolesFromIdToken(properties.claims().roles());
    }

    /** A person's tokens live in their session, and go when it ends. */
    @Bean
    OAuth2AuthorizedClientRepository authorizedClients() {
        return new HttpSessionOAuth2AuthorizedClientRepository();
    }

    @Bean
    OAuth2AuthorizedClientManager authorizedClientManager(
            ClientRegistrationRepository registrations, OAuth2AuthorizedClientRepository authorizedClients) {
        var manager = new DefaultOAuth2AuthorizedClientManager(registrations, authorizedClients);
        manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
                .authorizationCode()
                .refreshToken()
                .build());
        return manager;
    }
}
