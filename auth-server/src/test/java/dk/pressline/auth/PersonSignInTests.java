package dk.pressline.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.LIST;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dk.pressline.testsupport.RealServers;
import dk.pressline.testsupport.Server;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** People sign in for the portal with the authorization code and PKCE, and sign out again, over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealServers(Server.POSTGRES)
class PersonSignInTests {

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "{0} gets {3}")
    @CsvSource({
        "mette@nordlys-energi.dk, nordlys-demo,   Mette Holm,  ADVERTISER, ad-nordlys",
        "jonas@groenhave.dk,      groenhave-demo, Jonas Berg,  ADVERTISER, ad-groenhave",
        "salg@pressline.dk,       salg-demo,      Sara Lund,   SALES,      ",
        "redaktion@pressline.dk,  redaktion-demo, Peter Krogh, EDITOR,     ",
        "admin@pressline.dk,      admin-demo,     Anne Admin,  ADMIN,      "
    })
    void signsADemoPersonInAndIssuesTokensCarryingTheirRolesSignedByItsJwksKey(
            String username, String password, String name, String role, String advertiserId) throws Exception {
        Map<String, Object> tokens = new PortalBrowser(port).tokensFor(username, password);

        JWTClaimsSet access = verified((String) tokens.get("access_token"));
        assertThat(access.getSubject()).isEqualTo(username);
        assertThat(access.getAudience()).containsExactly("pressline");
        assertThat(access.getStringListClaim("roles")).containsExactly(role);
        assertThat(access.getStringClaim("advertiser_id")).isEqualTo(advertiserId);
        assertThat(access.getStringClaim("name")).isEqualTo(name);

        JWTClaimsSet id = verified((String) tokens.get("id_token"));
        assertThat(id.getSubject()).isEqualTo(username);
        assertThat(id.getAudience()).containsExactly(PortalBrowser.PORTAL);
        assertThat(id.getStringClaim("nonce")).isEqualTo("portal-nonce");
        assertThat(id.getStringClaim("name")).isEqualTo(name);
        assertThat(id.getStringListClaim("roles")).containsExactly(role);
        assertThat(id.getStringClaim("advertiser_id")).isEqualTo(advertiserId);
        assertThat(tokens).containsKey("refresh_token");
    }

    @Test
    void refreshesAPersonsAccessTokenWithTheirClaims() throws Exception {
        var browser = new PortalBrowser(port);
        Map<String, Object> tokens = browser.tokensFor("mette@nordlys-energi.dk", "nordlys-demo");

        HttpResponse<String> refreshed = browser.refresh((String) tokens.get("refresh_token"));

        assertThat(refreshed.statusCode()).isEqualTo(200);
        JWTClaimsSet access =
                verified((String) AuthServerHttp.json(refreshed.body()).get("access_token"));
        assertThat(access.getSubject()).isEqualTo("mette@nordlys-energi.dk");
        assertThat(access.getAudience()).containsExactly("pressline");
        assertThat(access.getStringListClaim("roles")).containsExactly("ADVERTISER");
        assertThat(access.getStringClaim("advertiser_id")).isEqualTo("ad-nordlys");
    }

    @Test
    void sendsABrowserWithoutASessionToTheSignInPage() {
        HttpResponse<String> authorize = new PortalBrowser(port).authorize(true);

        assertThat(authorize.statusCode()).isEqualTo(302);
        assertThat(PortalBrowser.location(authorize)).hasPath("/login");
    }

    @Test
    void keepsItsSessionInACookieOfItsOwnNameSoAPortalOnTheSameHostCannotReplaceIt() {
        HttpResponse<String> authorize = new PortalBrowser(port).authorize(true);

        assertThat(authorize.headers().allValues("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie).startsWith("PRESSLINE_ISSUER_SESSION="))
                .noneSatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID="));
    }

    @Test
    void refusesAnAuthorizationRequestWithoutACodeChallenge() {
        var browser = new PortalBrowser(port);
        browser.signInFromThePortal("salg@pressline.dk", "salg-demo");

        HttpResponse<String> withoutPkce = browser.authorize(false);

        assertThat(PortalBrowser.code(withoutPkce)).isEmpty();
        assertThat(PortalBrowser.location(withoutPkce).getQuery()).contains("error=invalid_request");
    }

    @Test
    void acceptsTheEmailAddressInAnyCase() throws Exception {
        Map<String, Object> tokens = new PortalBrowser(port).tokensFor("Salg@Pressline.DK", "salg-demo");

        assertThat(verified((String) tokens.get("access_token")).getSubject()).isEqualTo("salg@pressline.dk");
    }

    @Test
    void servesAnAccessibleDanishSignInPageThatNeedsNoScript() {
        HttpResponse<String> page = new PortalBrowser(port).get("/login");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("<html lang=\"da\">", "<h1>Log ind</h1>")
                .contains("<label for=\"username\">E-mail</label>", "<input id=\"username\" name=\"username\"")
                .contains("<label for=\"password\">Adgangskode</label>", "<input id=\"password\" name=\"password\"")
                .contains("<form method=\"post\" action=\"/login\">", "<button type=\"submit\">Log ind</button>")
                .contains("<link rel=\"stylesheet\" href=\"/css/sign-in.css\">")
                .doesNotContain("<script", "style=");
        assertThat(new PortalBrowser(port).get("/css/sign-in.css").statusCode()).isEqualTo(200);
    }

    @Test
    void signingOutAtTheIssuerEndsTheSessionAndReturnsToThePortal() {
        var browser = new PortalBrowser(port);
        Map<String, Object> tokens = browser.tokensFor("redaktion@pressline.dk", "redaktion-demo");
        assertThat(PortalBrowser.code(browser.authorize(true)))
                .as("signed in, a new authorization request gets a code straight away")
                .isPresent();

        HttpResponse<String> signedOut = browser.signOut((String) tokens.get("id_token"));

        assertThat(signedOut.statusCode()).isEqualTo(302);
        assertThat(PortalBrowser.location(signedOut)).hasToString(PortalBrowser.POST_LOGOUT_REDIRECT_URI);
        assertThat(PortalBrowser.location(browser.authorize(true))).hasPath("/login");
    }

    @Test
    void showsItsOwnSignedOutPageWhenTheClientNamesNoAddressToReturnTo() {
        var browser = new PortalBrowser(port);
        Map<String, Object> tokens = browser.tokensFor("admin@pressline.dk", "admin-demo");

        HttpResponse<String> signedOut = browser.get("/connect/logout?id_token_hint=" + tokens.get("id_token"));

        assertThat(PortalBrowser.location(signedOut)).hasPath("/logget-ud");
        assertThat(browser.follow(signedOut).body()).contains("<html lang=\"da\">", "Du er logget ud");
        assertThat(PortalBrowser.location(browser.authorize(true))).hasPath("/login");
    }

    @Test
    void namesTheCodeFlowAndTheLogoutEndpointInItsOpenIdConfiguration() {
        Map<String, Object> metadata = AuthServerHttp.json(new AuthServerHttp(port)
                .get("/.well-known/openid-configuration")
                .body());

        assertThat(metadata.get("grant_types_supported"))
                .asInstanceOf(LIST)
                .contains("authorization_code", "refresh_token", "client_credentials");
        assertThat(metadata.get("code_challenge_methods_supported"))
                .asInstanceOf(LIST)
                .contains("S256");
        assertThat((String) metadata.get("end_session_endpoint")).endsWith("/connect/logout");
    }

    private JWTClaimsSet verified(String token) throws Exception {
        SignedJWT jwt = SignedJWT.parse(token);
        JWKSet jwks = JWKSet.parse(new AuthServerHttp(port).get("/oauth2/jwks").body());
        assertThat(jwt.verify(new RSASSAVerifier(
                        jwks.getKeyByKeyId(jwt.getHeader().getKeyID()).toRSAKey())))
                .isTrue();
        return jwt.getJWTClaimsSet();
    }
}
