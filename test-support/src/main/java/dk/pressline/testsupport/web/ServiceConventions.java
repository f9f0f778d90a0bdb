package dk.pressline.testsupport.web;

import static org.assertj.core.api.Assertions.assertThat;

import dk.pressline.testsupport.security.TestTokens;

/** Checks every Pressline service passes, whatever its endpoints. Needs a context that accepts test tokens. */
public final class ServiceConventions {

    private ServiceConventions() {
    }

    /** What no rule permits is refused: 401 without a token, 403 with one, both as problem+json. */
    public static void assertDeniesByDefault(ApiClient client) {
        client.get("/no-rule-permits-this").assertProblem(401);
        client.withToken(TestTokens.admin().encode()).get("/no-rule-permits-this").assertProblem(403);
    }

    /** The OpenAPI description is public and declares the bearer-token scheme. */
    public static void assertDescribesItsApiWithTheBearerScheme(ApiClient client) {
        var response = client.get("/v3/api-docs");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        var schemes = response.json().path("components").path("securitySchemes");
        assertThat(schemes.path("bearer-jwt").path("scheme").asString()).isEqualTo("bearer");
        assertThat(schemes.path("bearer-jwt").path("bearerFormat").asString()).isEqualTo("JWT");
    }
}
