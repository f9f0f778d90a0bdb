package dk.pressline.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dk.pressline.testsupport.RealServers;
import dk.pressline.testsupport.Server;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A resource server finds the JWKS from nothing but the issuer URI, which must then be where the server really
 * listens; so this test picks a free port up front instead of letting Spring choose one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@RealServers(Server.POSTGRES)
class IssuerDiscoveryTests {

    static final int PORT = freePort();
    static final String ISSUER = "http://localhost:" + PORT;

    @DynamicPropertySource
    static void listenWhereTheIssuerSays(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("spring.security.oauth2.authorizationserver.issuer", () -> ISSUER);
    }

    @Test
    void aResourceServerConfiguredWithOnlyTheIssuerUriAcceptsItsTokens() {
        String token = new AuthServerHttp(PORT)
                .accessTokenFor("advertiser", "advertiser-secret")
                .serialize();
        JwtDecoder resourceServerDecoder = JwtDecoders.fromIssuerLocation(ISSUER);

        Jwt jwt = resourceServerDecoder.decode(token);

        assertThat(jwt.getIssuer()).hasToString(ISSUER);
        assertThat(jwt.getSubject()).isEqualTo("advertiser");
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("ADVERTISER");
        assertThat(jwt.getClaimAsString("advertiser_id")).isEqualTo("ad-nordlys");
    }

    @Test
    void aResourceServerConfiguredWithOnlyTheIssuerUriAcceptsAPersonsTokens() {
        String token = (String) new PortalBrowser(PORT)
                .tokensFor("jonas@groenhave.dk", "groenhave-demo")
                .get("access_token");
        JwtDecoder resourceServerDecoder = JwtDecoders.fromIssuerLocation(ISSUER);

        Jwt jwt = resourceServerDecoder.decode(token);

        assertThat(jwt.getIssuer()).hasToString(ISSUER);
        assertThat(jwt.getSubject()).isEqualTo("jonas@groenhave.dk");
        assertThat(jwt.getAudience()).containsExactly("pressline");
        assertThat(jwt.getClaimAsStringList("roles")).containsExactly("ADVERTISER");
        assertThat(jwt.getClaimAsString("advertiser_id")).isEqualTo("ad-groenhave");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
