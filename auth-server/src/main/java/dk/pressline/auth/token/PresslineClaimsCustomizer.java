package dk.pressline.auth.token;

import dk.pressline.auth.AuthProperties;
import dk.pressline.auth.person.People;
import java.util.List;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.oidc.StandardClaimNames;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.stereotype.Component;

/**
 * Adds what Pressline's services authorise on to every access token: audience, roles and, for advertisers,
 * advertiser_id. A person's tokens, access and ID token alike, also carry their name; a demo client's roles come
 * from its configuration, a person's from the stored person.
 */
@Component
class PresslineClaimsCustomizer implements OAuth2TokenCustomizer<JwtEncodingContext> {

    static final String ROLES = "roles";
    static final String ADVERTISER_ID = "advertiser_id";

    private final AuthProperties properties;
    private final People people;

    PresslineClaimsCustomizer(AuthProperties properties, People people) {
        this.properties = properties;
        this.people = people;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        boolean accessToken = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
        boolean idToken =
                OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue());
        if (accessToken) {
            context.getClaims().audience(List.of(properties.audience()));
        }
        // The client_credentials grant issues an access token only, never an ID token.
        if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
            properties.demoUser(context.getRegisteredClient().getClientId()).ifPresent(user -> {
                context.getClaims().claim(ROLES, user.roles());
                user.advertiser().ifPresent(advertiser -> context.getClaims().claim(ADVERTISER_ID, advertiser));
            });
        } else if (accessToken || idToken) {
            people.find(context.getPrincipal().getName()).ifPresent(signedIn -> {
                context.getClaims().claim(StandardClaimNames.NAME, signedIn.name());
                context.getClaims().claim(ROLES, signedIn.roles());
                signedIn.advertiserId()
                        .ifPresent(advertiser -> context.getClaims().claim(ADVERTISER_ID, advertiser));
            });
        }
    }
}
