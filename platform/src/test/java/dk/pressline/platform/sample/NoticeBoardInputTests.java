package dk.pressline.platform.sample;

import static dk.pressline.errorpages.ErrorPageAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dk.pressline.errorpages.RawHttp;
import dk.pressline.testsupport.security.AcceptsTestTokens;
import dk.pressline.testsupport.security.TestTokens;
import dk.pressline.testsupport.web.ApiClient;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** Bad input gets a 4xx problem that names each field and reason, never a 500, and nothing is stored. */
@SpringBootTest(
        classes = NoticeBoardApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.application.name=notice-board", "pressline.web.max-request-size=64KB"})
@AcceptsTestTokens
class NoticeBoardInputTests {

    static final String VALID = """
            {"advertiserId": "ad-nordlys", "title": "Grøn omstilling i praksis", "kind": "NEWS", "priority": 2,
             "showsFrom": "2026-12-01T08:00:00+01:00"}""";

    @LocalServerPort
    int port;

    @Autowired
    NoticeStore store;

    ApiClient sales;
    int storedBefore;

    @BeforeEach
    void salesClient() {
        sales = ApiClient.atLocalPort(port)
                .sendingUndocumentedRequests()
                .withToken(TestTokens.sales().encode());
        storedBefore = store.count();
    }

    @Test
    void rejectsMalformedJson() {
        var problem = sales.post("/notices", "{\"title\": \"Grøn\", ").assertProblem(400);

        assertThat(problem.path("detail").asString()).contains("not valid JSON");
        assertNothingStored();
    }

    @Test
    void rejectsAWrongTypeNamingTheField() {
        var problem = sales.post("/notices", VALID.replace("\"priority\": 2", "\"priority\": \"high\""))
                .assertProblem(400);

        assertThat(errors(problem)).containsExactly("priority: must be a number");
        assertNothingStored();
    }

    @Test
    void rejectsAnUnknownEnumValueListingTheKnownOnes() {
        var problem = sales.post("/notices", VALID.replace("NEWS", "RUMOUR")).assertProblem(400);

        assertThat(errors(problem)).containsExactly("kind: must be one of [NEWS, OFFER]");
        assertNothingStored();
    }

    @Test
    void rejectsATimeWithoutAnOffset() {
        var problem = sales.post("/notices", VALID.replace("2026-12-01T08:00:00+01:00", "1. december"))
                .assertProblem(400);

        assertThat(errors(problem)).containsExactly("showsFrom: must be an ISO-8601 date or time");
        assertNothingStored();
    }

    @Test
    void rejectsAnOverlongString() {
        var problem = sales.post("/notices", VALID.replace("Grøn omstilling i praksis", "x".repeat(81)))
                .assertProblem(400);

        assertThat(errors(problem)).containsExactly("title: size must be between 0 and 80");
        assertNothingStored();
    }

    @Test
    void rejectsScriptTagsInPlainTextFields() {
        var problem = sales.post("/notices", VALID.replace("Grøn omstilling i praksis", "<script>alert(1)</script>"))
                .assertProblem(400);

        assertThat(errors(problem)).singleElement().asString().startsWith("title: must be plain text");
        assertNothingStored();
    }

    @Test
    void listsEveryInvalidField() {
        var problem = sales.post("/notices", """
                {"advertiserId": "", "title": "", "priority": 9, "showsFrom": "2026-12-01T08:00:00Z"}""").assertProblem(400);

        assertThat(errors(problem))
                .extracting(error -> error.substring(0, error.indexOf(':')))
                .containsExactlyInAnyOrder("advertiserId", "title", "kind", "priority");
        assertNothingStored();
    }

    @Test
    void refusesAnOversizedBodyAtOnce() {
        var big = VALID.replace("Grøn omstilling i praksis", "x".repeat(70_000));

        sales.post("/notices", big).assertProblem(413);
        assertNothingStored();
    }

    @Test
    void refusesAnOversizedBodyWithoutADeclaredLength() throws Exception {
        var big = VALID.replace("Grøn omstilling i praksis", "x".repeat(70_000)).getBytes();
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/notices"))
                .header("Authorization", "Bearer " + TestTokens.sales().encode())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)))
                .build();

        var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertNothingStored();
    }

    @Test
    void capsThePageSize() {
        var problem = sales.get("/notices?size=1000").assertProblem(400);

        assertThat(errors(problem)).containsExactly("size: must be a whole number from 1 to 100");
        assertThat(sales.get("/notices?size=100").status()).isEqualTo(200);
    }

    @Test
    void refusesAPageThatIsNotAWholeNumberNamingTheParameterInWordsAClientCanActOn() {
        for (var page : List.of("abc", "2147483648", "1.5")) {
            var problem = sales.get("/notices?page=" + page).assertProblem(400);
            assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("page");
            assertThat(problem.get("errors").get(0).get("reason").asString())
                    .isEqualTo("must be a whole number from 0 to 2147483647");
            assertThat(problem.toString()).doesNotContain("java.", "Integer", "convert");
        }
    }

    @Test
    void refusesAMissingParameterNamingItAndTheFormItsValueTakes() {
        var problem = ApiClient.atLocalPort(port)
                .sendingUndocumentedRequests()
                .get("/public/notices/of-kind")
                .assertProblem(400);

        assertThat(errors(problem)).containsExactly("kind: is required and must be one of NEWS, OFFER");
    }

    @Test
    void pagesThroughAList() {
        for (int i = 0; i < 3; i++) {
            assertThat(sales.post("/notices", VALID).status()).isEqualTo(201);
        }

        var page = sales.get("/notices?page=1&size=2").json();

        assertThat(page.path("page").asInt()).isEqualTo(1);
        assertThat(page.path("size").asInt()).isEqualTo(2);
        assertThat(page.path("totalItems").asLong()).isEqualTo(store.count());
        assertThat(page.path("items").size()).isEqualTo(Math.min(2, store.count() - 2));
    }

    @Test
    void refusesAStaleWriteAndKeepsTheNewerVersion() {
        var created = sales.post("/notices", VALID);
        var id = created.json().path("id").asString();
        var firstETag = created.header("ETag").orElseThrow();
        var update = sales.withHeader("If-Match", firstETag)
                .put("/notices/" + id, VALID.replace("Grøn omstilling i praksis", "Første rettelse"));
        assertThat(update.status()).isEqualTo(200);
        assertThat(update.header("ETag")).hasValue("\"2\"");

        sales.withHeader("If-Match", firstETag)
                .put("/notices/" + id, VALID.replace("Grøn omstilling i praksis", "Forældet rettelse"))
                .assertProblem(412);

        assertThat(sales.get("/notices/" + id).json().path("title").asString()).isEqualTo("Første rettelse");
    }

    @Test
    void requiresIfMatchForChanges() {
        var id = sales.post("/notices", VALID).json().path("id").asString();

        sales.put("/notices/" + id, VALID).assertProblem(428);
    }

    @Test
    void writesTimesAsIso8601WithOffset() {
        var notice = sales.post("/notices", VALID).json();

        var isoWithOffset = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})";
        assertThat(notice.path("showsFrom").asString()).matches(isoWithOffset);
        assertThat(OffsetDateTime.parse(notice.path("showsFrom").asString()).toInstant())
                .isEqualTo(Instant.parse("2026-12-01T07:00:00Z"));
        assertThat(notice.path("updatedAt").asString()).matches(isoWithOffset);
    }

    @Test
    void answersErrorsOutsideControllersAsProblemsToo() {
        var problem =
                ApiClient.atLocalPort(port).get("/public/notices/maintenance").assertProblem(503);

        assertThat(problem.path("instance").asString()).isEqualTo("/public/notices/maintenance");
    }

    @Test
    void answersAnUnknownPathAsAProblem() {
        ApiClient.atLocalPort(port)
                .outsideTheApi()
                .get("/public/notices/nothing-here")
                .assertProblem(404);
    }

    @Test
    void answersTheErrorPathCalledStraightAsNotFoundAndLeavesItOutOfTheApiDescription() {
        var client = ApiClient.atLocalPort(port).outsideTheApi();
        client.get("/error").assertProblem(404);

        assertThat(client.get("/v3/api-docs").json().path("paths").has("/error"))
                .isFalse();
    }

    @Test
    void refusesAControlCharacterInAQueryParameterNamingTheParameter() {
        // q is no operation's parameter: the platform refuses control characters in any query, before any controller.
        var client = ApiClient.atLocalPort(port).outsideTheApi();

        var problem = client.get("/public/notices?q=klima%00").assertProblem(400);

        assertThat(errors(problem)).containsExactly("q: must not contain control characters");
        assertThat(client.get("/public/notices?q=klima%09plan").status()).isEqualTo(200);
    }

    @Test
    void answersAPathTomcatRefusesBeforeAnyServletAsAProblem() {
        for (var path : List.of("/notices/a%2Fb", "/notices/a%00b", "/notices/%zz")) {
            assertProblem(RawHttp.get(port, path, "application/json"), 400, "Bad Request");
        }
    }

    private void assertNothingStored() {
        assertThat(store.count()).as("notices stored").isEqualTo(storedBefore);
    }

    private static List<String> errors(JsonNode problem) {
        var errors = new ArrayList<String>();
        problem.path("errors")
                .forEach(error -> errors.add(error.path("field").asString() + ": "
                        + error.path("reason").asString()));
        return errors;
    }
}
