package dk.pressline.portal.person;

import static org.assertj.core.api.Assertions.assertThat;

import dk.pressline.portal.config.PortalProperties;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;

class SignedInPersonTests {

    private final SignedInPerson signedIn = new SignedInPerson(new PortalProperties(
            URI.create("http://localhost:8082"), Duration.ofSeconds(2), Duration.ofSeconds(5), null, null, null));

    /** As after a real sign-in: the OIDC user keeps its own authority, the roles are the authentication's. */
    @Test
    void takesTheRolesTheSignInMappedNotTheOidcUsersOwnAuthorities() {
        var idToken = new OidcIdToken(
                "id-token",
                Instant.now(),
                Instant.now().plusSeconds(60),
                Map.of(
                        "sub", "mette@nordlys-energi.dk",
                        "name", "Mette Holm",
                        "roles", List.of("ADVERTISER"),
                        "advertiser_id", "ad-nordlys"));
        var user = new DefaultOidcUser(List.of(new OidcUserAuthority(idToken)), idToken);
        var authentication = new OAuth2AuthenticationToken(
                user, List.of(new SimpleGrantedAuthority("ROLE_ADVERTISER")), "pressline");

        var person = signedIn.person(authentication);

        assertThat(person.name()).isEqualTo("Mette Holm");
        assertThat(person.isAdvertiser()).isTrue();
        assertThat(person.advertiserId()).isEqualTo("ad-nordlys");
        assertThat(person.isSales()).isFalse();
    }

    @Test
    void isNobodyForAVisitorWhoHasNotSignedIn() {
        assertThat(signedIn.person(null)).isNull();
    }
}
