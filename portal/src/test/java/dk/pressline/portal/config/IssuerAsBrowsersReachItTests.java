package dk.pressline.portal.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientProperties;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;

/** Browsers are sent to the issuer where they can reach it; the portal's own calls stay on the stack's network. */
class IssuerAsBrowsersReachItTests {

    private final ClientRegistration discovered = ClientRegistration.withRegistrationId("pressline")
            .clientId("portal")
            .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
            .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
            .issuerUri("http://auth-server:9000")
            .authorizationUri("http://auth-server:9000/oauth2/authorize")
            .tokenUri("http://auth-server:9000/oauth2/token")
            .jwkSetUri("http://auth-server:9000/oauth2/jwks")
            .userInfoUri("http://auth-server:9000/userinfo")
            .providerConfigurationMetadata(Map.of("end_session_endpoint", "http://auth-server:9000/connect/logout"))
            .build();

    @Test
    void sendsBrowsersToSignInAndOutAtTheAddressTheyReach() {
        var seen = new IssuerAsBrowsersReachIt("http://localhost:9000/").apply(discovered);

        assertThat(seen.getProviderDetails().getAuthorizationUri()).isEqualTo("http://localhost:9000/oauth2/authorize");
        assertThat(seen.getProviderDetails().getConfigurationMetadata())
                .containsEntry("end_session_endpoint", "http://localhost:9000/connect/logout");
    }

    @Test
    void keepsThePortalsOwnCallsAndTheIssuerTokensMustName() {
        var seen = new IssuerAsBrowsersReachIt("https://login.pressline.dk").apply(discovered);

        var provider = seen.getProviderDetails();
        assertThat(provider.getIssuerUri()).isEqualTo("http://auth-server:9000");
        assertThat(provider.getTokenUri()).isEqualTo("http://auth-server:9000/oauth2/token");
        assertThat(provider.getJwkSetUri()).isEqualTo("http://auth-server:9000/oauth2/jwks");
        assertThat(provider.getUserInfoEndpoint().getUri()).isEqualTo("http://auth-server:9000/userinfo");
        assertThat(provider.getAuthorizationUri()).isEqualTo("https://login.pressline.dk/oauth2/authorize");
    }

    @Test
    void letsTheSignOutFormGoOnToTheIssuerWhereBrowsersReachIt() {
        var client = new OAuth2ClientProperties();
        var provider = new OAuth2ClientProperties.Provider();
        provider.setIssuerUri("http://auth-server:9000");
        client.getProvider().put("pressline", provider);

        assertThat(PortalSecurityConfiguration.contentSecurityPolicy(
                        client, new IssuerAsBrowsersReachIt("http://localhost:9000")))
                .contains("form-action 'self' http://localhost:9000;");
        assertThat(PortalSecurityConfiguration.contentSecurityPolicy(client, new IssuerAsBrowsersReachIt("")))
                .contains("form-action 'self' http://auth-server:9000;");
    }

    @Test
    void changesNothingWhereBrowsersReachTheIssuerAsThePortalDoes() {
        assertThat(new IssuerAsBrowsersReachIt("").apply(discovered)).isSameAs(discovered);
        assertThat(new IssuerAsBrowsersReachIt(null).apply(discovered)).isSameAs(discovered);
    }
}
