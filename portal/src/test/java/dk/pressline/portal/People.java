package dk.pressline.portal;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oauth2Client;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;

import java.time.Instant;
import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The demo people, signed in through the portal's client registration, each with an access token of their own that
 * sponsor-service's stand-in must receive.
 */
final class People {

    static final String METTES_TOKEN = "token-of-mette";
    static final String JONAS_TOKEN = "token-of-jonas";
    static final String SALES_TOKEN = "token-of-sales";

    private People() {}

    /** Mette of Nordlys Energi, advertiser {@code ad-nordlys}. */
    static RequestPostProcessor mette() {
        return person("mette@nordlys-energi.dk", "Mette Nordlys", "ADVERTISER", "ad-nordlys", METTES_TOKEN);
    }

    /** Jonas of Grøn Have, advertiser {@code ad-groenhave}. */
    static RequestPostProcessor jonas() {
        return person("jonas@groenhave.dk", "Jonas Grøn", "ADVERTISER", "ad-groenhave", JONAS_TOKEN);
    }

    /** Pressline's sales desk. */
    static RequestPostProcessor sales() {
        return person("salg@pressline.dk", "Salg Pressline", "SALES", null, SALES_TOKEN);
    }

    private static RequestPostProcessor person(
            String username, String name, String role, String advertiserId, String accessToken) {
        var now = Instant.now();
        var signedIn = oidcLogin()
                .clientRegistration(registration())
                .idToken(token -> {
                    token.subject(username).claim("name", name).claim("roles", List.of(role));
                    if (advertiserId != null) {
                        token.claim("advertiser_id", advertiserId);
                    }
                })
                .authorities(new SimpleGrantedAuthority("ROLE_" + role));
        var authorized = oauth2Client()
                .clientRegistration(registration())
                .principalName(username)
                .accessToken(new OAuth2AccessToken(
                        OAuth2AccessToken.TokenType.BEARER, accessToken, now, now.plusSeconds(3600)));
        return request -> authorized.postProcessRequest(signedIn.postProcessRequest(request));
    }

    private static ClientRegistration registration() {
        return ClientRegistration.withRegistrationId("pressline")
                .clientId("portal")
                .clientSecret("portal-secret")
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope("openid", "profile")
                .authorizationUri(StandIns.issuer() + "/oauth2/authorize")
                .tokenUri(StandIns.issuer() + "/oauth2/token")
                .jwkSetUri(StandIns.issuer() + "/oauth2/jwks")
                .userNameAttributeName("sub")
                .build();
    }
}
