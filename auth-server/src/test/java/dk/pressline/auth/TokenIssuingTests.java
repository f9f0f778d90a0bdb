package dk.pressline.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.LIST;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dk.pressline.testsupport.RealServers;
import dk.pressline.testsupport.Server;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.security.oauth2.authorizationserver.issuer=" + TokenIssuingTests.ISSUER)
@RealServers(Server.POSTGRES)
class TokenIssuingTests {

    static final String ISSUER = "http://auth.pressline.test";

    @LocalServerPort
    int port;

    AuthServerHttp http;

    @BeforeEach
    void connect() {
        http = new AuthServerHttp(port);
    }

    @ParameterizedTest(name = "{0} gets {2}")
    @CsvSource({
        "editor,       editor-secret,       EDITOR,     ",
        "sales,        sales-secret,        SALES,      ",
        "advertiser,   advertiser-secret,   ADVERTISER, ad-nordlys",
        "advertiser-2, advertiser-2-secret, ADVERTISER, ad-groenhave",
        "admin,        admin-secret,        ADMIN,      "
    })
    void issuesEachDemoUserATokenWithItsRolesForPressline(
            String clientId, String secret, String role, String advertiserId) throws Exception {
        JWTClaimsSet claims = http.accessTokenFor(clientId, secret).getJWTClaimsSet();

        assertThat(claims.getIssuer()).isEqualTo(ISSUER);
        assertThat(claims.getSubject()).isEqualTo(clientId);
        assertThat(claims.getAudience()).containsExactly("pressline");
        assertThat(claims.getStringListClaim("roles")).containsExactly(role);
        assertThat(claims.getStringClaim("advertiser_id")).isEqualTo(advertiserId);
        assertThat(Duration.between(
                        claims.getIssueTime().toInstant(),
                        claims.getExpirationTime().toInstant()))
                .isEqualTo(Duration.ofHours(1));
    }

    @Test
    void signsTokensWithRs256UsingAKeyPublishedInItsOwnJwks() throws Exception {
        SignedJWT token = http.accessTokenFor("editor", "editor-secret");
        JWKSet jwks = JWKSet.parse(http.get("/oauth2/jwks").body());

        RSAKey signingKey = jwks.getKeyByKeyId(token.getHeader().getKeyID()).toRSAKey();

        assertThat(token.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(signingKey.isPrivate()).isFalse();
        assertThat(token.verify(new RSASSAVerifier(signingKey))).isTrue();
    }

    @Test
    void refusesAWrongSecretWithUnauthorized() {
        assertThat(http.requestToken("editor", "not-the-editor-secret").statusCode())
                .isEqualTo(401);
    }

    @Test
    void refusesAnUnknownClientWithUnauthorized() {
        assertThat(http.requestToken("intruder", "intruder-secret").statusCode())
                .isEqualTo(401);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/.well-known/oauth-authorization-server", "/.well-known/openid-configuration"})
    void namesItsIssuerAndJwksUriInItsMetadata(String metadataPath) {
        Map<String, Object> metadata =
                AuthServerHttp.json(http.get(metadataPath).body());

        assertThat(metadata).containsEntry("issuer", ISSUER).containsEntry("jwks_uri", ISSUER + "/oauth2/jwks");
        assertThat(metadata.get("grant_types_supported")).asInstanceOf(LIST).contains("client_credentials");
    }

    @Test
    void reportsHealthWithoutAToken() {
        HttpResponse<String> health = http.get("/actuator/health");

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(AuthServerHttp.json(health.body())).containsEntry("status", "UP");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/actuator", "/actuator/env", "/people"})
    void keepsEverythingElseClosed(String path) {
        assertThat(http.get(path).statusCode()).isEqualTo(403);
    }
}
