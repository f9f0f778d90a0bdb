package dk.pressline.platform.sample;

import static org.assertj.core.api.Assertions.assertThat;

import dk.pressline.testsupport.security.AcceptsTestTokens;
import dk.pressline.testsupport.security.TestTokens;
import dk.pressline.testsupport.web.ApiClient;
import dk.pressline.testsupport.web.ApiResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(
        classes = NoticeBoardApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.application.name=notice-board")
@AcceptsTestTokens
class NoticeBoardSecurityTests {

    static final String NOTICE = """
            {"advertiserId": "%s", "title": "Grøn omstilling i praksis", "kind": "NEWS", "priority": 2,
             "showsFrom": "2026-12-01T08:00:00+01:00"}""";

    @LocalServerPort
    int port;

    ApiClient anonymous;
    ApiClient sales;

    @BeforeEach
    void clients() {
        anonymous = ApiClient.atLocalPort(port);
        sales = anonymous.withToken(TestTokens.sales().encode());
    }

    @Test
    void letsAnonymousReadersReachPublicEndpointsHealthAndTheApiDescription() {
        assertThat(anonymous.get("/public/notices").status()).isEqualTo(200);
        var health = anonymous.get("/actuator/health");
        assertThat(health.status())
                .as("no broker runs for this app, so health may be DOWN, but never refused")
                .isIn(200, 503);
        assertThat(health.json().path("status").asString()).isNotBlank();

        var apiDocs = anonymous.get("/v3/api-docs");
        assertThat(apiDocs.status()).isEqualTo(200);
        var bearer = apiDocs.json().path("components").path("securitySchemes").path("bearer-jwt");
        assertThat(bearer.path("type").asString()).isEqualTo("http");
        assertThat(bearer.path("scheme").asString()).isEqualTo("bearer");
    }

    @Test
    void asksForATokenWhereOneIsNeeded() {
        var response = anonymous.get("/notices");

        response.assertProblem(401);
        assertThat(response.header("WWW-Authenticate"))
                .hasValueSatisfying(challenge -> assertThat(challenge).startsWith("Bearer"));
    }

    @Test
    void refusesExpiredTokens() {
        refused(TestTokens.sales().expired().encode());
    }

    @Test
    void refusesTokensSignedByAnUnknownKey() {
        refused(TestTokens.sales().signedByAStranger().encode());
    }

    @Test
    void refusesTokensForAnotherAudience() {
        refused(TestTokens.sales().audience("another-platform").encode());
    }

    @Test
    void refusesTokensFromAnotherIssuer() {
        refused(TestTokens.sales().issuer("https://evil.example").encode());
    }

    @Test
    void refusesSomethingThatIsNotAToken() {
        refused("not-a-jwt");
    }

    @Test
    void forbidsARoleTheEndpointDoesNotAdmit() {
        var editor = anonymous.withToken(TestTokens.editor().encode());

        editor.get("/notices").assertProblem(403);
        editor.post("/notices", NOTICE.formatted("ad-nordlys")).assertProblem(403);
    }

    @Test
    void deniesWhatNoRulePermits() {
        var outside = anonymous.outsideTheApi();
        outside.get("/internal/anything").assertProblem(401);
        outside.withToken(TestTokens.admin().encode()).get("/internal/anything").assertProblem(403);
    }

    @Test
    void letsAnAdvertiserSeeItsOwnNoticeButNotAnotherAdvertisersWhichDoesNotExistForIt() {
        var own = created("ad-nordlys");
        var others = created("ad-groenhave");
        var advertiser = anonymous.withToken(TestTokens.advertiser("ad-nordlys").encode());

        assertThat(advertiser.get("/notices/" + own).status()).isEqualTo(200);
        var hidden = advertiser.get("/notices/" + others);
        hidden.assertProblem(404);
        assertThat(hidden.body()).doesNotContain("ad-groenhave");
        assertThat(advertiser.get("/notices/" + others).body())
                .isEqualTo(advertiser.get("/notices/no-such-notice").body().replace("no-such-notice", others));
    }

    @Test
    void letsOnlyStaffChangeNotices() {
        var id = created("ad-nordlys");
        var advertiser = anonymous.withToken(TestTokens.advertiser("ad-nordlys").encode());

        advertiser.post("/notices", NOTICE.formatted("ad-nordlys")).assertProblem(403);
        advertiser
                .withHeader("If-Match", "\"1\"")
                .put("/notices/" + id, NOTICE.formatted("ad-nordlys"))
                .assertProblem(403);
        assertThat(anonymous
                        .withToken(TestTokens.admin().encode())
                        .withHeader("If-Match", "\"1\"")
                        .put("/notices/" + id, NOTICE.formatted("ad-nordlys"))
                        .status())
                .isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"SALES", "ADMIN"})
    void letsStaffCreateNotices(String role) {
        var staff = anonymous.withToken(
                TestTokens.token(role.toLowerCase()).roles(role).encode());

        assertThat(staff.post("/notices", NOTICE.formatted("ad-nordlys")).status())
                .isEqualTo(201);
    }

    private void refused(String token) {
        ApiResponse response = anonymous.withToken(token).get("/notices");

        response.assertProblem(401);
        assertThat(response.header("WWW-Authenticate"))
                .hasValueSatisfying(challenge -> assertThat(challenge).contains("invalid_token"));
    }

    private String created(String advertiserId) {
        var response = sales.post("/notices", NOTICE.formatted(advertiserId));
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().path("id").asString();
    }
}
