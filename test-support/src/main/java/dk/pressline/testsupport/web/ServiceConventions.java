package dk.pressline.testsupport.web;

import static org.assertj.core.api.Assertions.assertThat;

import dk.pressline.testsupport.security.TestTokens;
import java.util.List;
import java.util.Locale;

/** Checks every Pressline service passes, whatever its endpoints. Needs a context that accepts test tokens. */
public final class ServiceConventions {

    private ServiceConventions() {}

    /** What no rule permits is refused: 401 without a token, 403 with one, both as problem+json. */
    public static void assertDeniesByDefault(ApiClient client) {
        var outside = client.outsideTheApi();
        outside.get("/no-rule-permits-this").assertProblem(401);
        outside.withToken(TestTokens.admin().encode())
                .get("/no-rule-permits-this")
                .assertProblem(403);
    }

    /**
     * A protected endpoint refuses, with 401, every token that is not good: expired, signed by an unknown key, meant
     * for another audience or from another issuer, even when its role would be allowed.
     *
     * @param allowed a token the endpoint accepts, from which the bad ones are made
     */
    public static void assertRefusesBadTokens(ApiClient client, String path, TestTokens.TestToken allowed) {
        assertThat(client.withToken(allowed.encode()).get(path).status())
                .as("the good token's answer")
                .isEqualTo(200);
        for (var bad : List.of(
                allowed.expired(),
                allowed.signedByAStranger(),
                allowed.audience("another-platform"),
                allowed.issuer("https://issuer.example"))) {
            client.withToken(bad.encode()).get(path).assertProblem(401);
        }
        client.get(path).assertProblem(401);
    }

    /**
     * The OpenAPI description is public, 3.1, names where it was read from (the gateway) as its server, declares the
     * bearer-token scheme without asking every operation for a token, leaves out the error path, groups every
     * operation under a tag with a one-line summary, and answers every error as a problem.
     */
    public static void assertDescribesItsApiWithTheBearerScheme(ApiClient client) {
        var response = client.get("/v3/api-docs");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        var description = response.json();
        assertThat(description.path("openapi").asString()).isEqualTo("3.1.0");
        assertThat(description.path("servers").get(0).path("url").asString()).isEqualTo("/");
        var schemes = description.path("components").path("securitySchemes");
        assertThat(schemes.path("bearer-jwt").path("scheme").asString()).isEqualTo("bearer");
        assertThat(schemes.path("bearer-jwt").path("bearerFormat").asString()).isEqualTo("JWT");
        assertThat(description.has("security"))
                .as("a token asked of every operation")
                .isFalse();
        assertThat(description.path("paths").has("/error")).isFalse();
        description
                .path("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(operation -> {
                    var name = operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey();
                    assertThat(operation.getValue().path("tags"))
                            .as("%s's tags", name)
                            .isNotEmpty();
                    assertThat(operation.getValue().path("summary").asString())
                            .as("%s's summary", name)
                            .isNotBlank();
                    operation.getValue().path("responses").properties().stream()
                            .filter(answer -> answer.getKey().startsWith("4")
                                    || answer.getKey().startsWith("5"))
                            .forEach(answer -> assertThat(answer.getValue().has("$ref")
                                            || answer.getValue().path("content").has("application/problem+json"))
                                    .as("%s answers %s as a problem", name, answer.getKey())
                                    .isTrue());
                }));
    }
}
