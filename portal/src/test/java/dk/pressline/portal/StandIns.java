package dk.pressline.portal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * WireMock servers standing in for sponsor-service and for the token issuer's discovery document, started once for
 * the whole test run. A sponsor-service path nobody stubbed answers 404 problem+json, as the service does.
 */
final class StandIns {

    static final WireMockServer SPONSOR = started();
    static final WireMockServer ISSUER = started();

    private StandIns() {}

    static String issuer() {
        return baseUrl(ISSUER);
    }

    /** Forgets every stub and every request seen; the issuer publishes its discovery document again. */
    static void reset() {
        SPONSOR.resetAll();
        SPONSOR.stubFor(
                any(anyUrl()).atPriority(10).willReturn(problem(404, "{\"title\":\"Not Found\",\"status\":404}")));
        ISSUER.resetAll();
        ISSUER.stubFor(
                get(urlPathEqualTo("/.well-known/openid-configuration")).willReturn(okJson("""
                {"issuer": "%1$s",
                 "authorization_endpoint": "%1$s/oauth2/authorize",
                 "token_endpoint": "%1$s/oauth2/token",
                 "jwks_uri": "%1$s/oauth2/jwks",
                 "userinfo_endpoint": "%1$s/userinfo",
                 "end_session_endpoint": "%1$s/connect/logout",
                 "response_types_supported": ["code"],
                 "subject_types_supported": ["public"],
                 "id_token_signing_alg_values_supported": ["RS256"],
                 "code_challenge_methods_supported": ["S256"],
                 "scopes_supported": ["openid", "profile"]}
                """.formatted(issuer()))));
    }

    static ResponseDefinitionBuilder json(int status, String body) {
        return aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "application/json")
                .withBody(body);
    }

    static ResponseDefinitionBuilder problem(int status, String body) {
        return aResponse()
                .withStatus(status)
                .withHeader("Content-Type", "application/problem+json")
                .withBody(body);
    }

    private static WireMockServer started() {
        var server = new WireMockServer(
                options().bindAddress("127.0.0.1").dynamicPort().http2PlainDisabled(true));
        server.start();
        return server;
    }

    private static String baseUrl(WireMockServer server) {
        return "http://127.0.0.1:" + server.port();
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Registrar {

        @Bean
        DynamicPropertyRegistrar standInServices() {
            return registry -> {
                registry.add("pressline.portal.sponsor-service", () -> baseUrl(SPONSOR));
                registry.add("spring.security.oauth2.client.provider.pressline.issuer-uri", StandIns::issuer);
            };
        }
    }
}
