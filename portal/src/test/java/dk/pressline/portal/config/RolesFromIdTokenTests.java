package dk.pressline.portal.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;

/** The ID token's roles become {@code ROLE_*} authorities, read from the claim the portal is configured with. */
class RolesFromIdTokenTests {

    @Test
    void grantsTheRolesTheIdTokenNames() {
        var signedIn = new OidcUserAuthority(idToken(Map.of("roles", List.of("ADVERTISER"))));

        var authorities = new RolesFromIdToken("roles").mapAuthorities(List.of(signedIn));

        assertThat(authorities)
                .map(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("OIDC_USER", "ROLE_ADVERTISER");
    }

    @Test
    void readsTheConfiguredClaim() {
        var signedIn = new OidcUserAuthority(idToken(Map.of("roles", List.of("ADMIN"), "groups", List.of("SALES"))));

        var authorities = new RolesFromIdToken("groups").mapAuthorities(List.of(signedIn));

        assertThat(authorities)
                .map(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("OIDC_USER", "ROLE_SALES");
    }

    @Test
    void grantsNoRoleWithoutTheClaim() {
        var signedIn = new OidcUserAuthority(idToken(Map.of()));

        assertThat(new RolesFromIdToken("roles").mapAuthorities(List.of(signedIn)))
                .map(GrantedAuthority::getAuthority)
                .containsExactly("OIDC_USER");
    }

    private static OidcIdToken idToken(Map<String, Object> claims) {
        var builder = OidcIdToken.withTokenValue("id-token")
                .subject("mette@nordlys-energi.dk")
                .issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(60));
        claims.forEach(builder::claim);
        return builder.build();
    }
}
