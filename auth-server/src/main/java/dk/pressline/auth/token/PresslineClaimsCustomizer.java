package dk.pressline.auth.token;

import dk.pressline.auth.AuthProperties;
import java.util.List;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.stereotype.Component;

/** Adds what Pressline's services authorise on to every access token: audience, roles and, for advertisers, advertiser_id. */
@Component
class PresslineClaimsCustomizer implements OAuth2TokenCustomizer<JwtEncodingContext> {

    static final String ROLES = "roles";
    static final String ADVERTISER_ID = "advertiser_id";

    private final AuthProperties properties;

    PresslineClaimsCustomizer(AuthProperties properties) {
        this.properties = properties;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        if (!OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
            return;
        }
        context.getClaims().audience(List.of(properties.audience()));
        properties.demoUser(context.getRegisteredClient().getClientId()).ifPresent(user -> {
            context.getClaims().claim(ROLES, user.roles());
            user.advertiser().ifPresent(advertiser -> context.getClaims().claim(ADVERTISER_ID, advertiser));
        });
    }
}
