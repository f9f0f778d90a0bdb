package dk.pressline.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URI;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.web.util.UriComponentsBuilder;

/** Signing in as the confidential client {@code portal}, and signing out of the issuer too. */
class SignInTests extends PortalTest {

    @Test
    void sendsAnAnonymousVisitorToTheIssuerWithPkceAsTheConfidentialClient() throws Exception {
        var start = pages.getAnonymously("/bookinger");
        assertThat(start.status()).isEqualTo(302);
        assertThat(start.location()).isEqualTo("/portal/oauth2/authorization/pressline");

        var session = new MockHttpSession();
        var toIssuer = mvc.perform(get("/portal/oauth2/authorization/pressline")
                        .contextPath("/portal")
                        .session(session))
                .andReturn()
                .getResponse();

        assertThat(toIssuer.getStatus()).isEqualTo(302);
        var authorize = URI.create(toIssuer.getRedirectedUrl());
        assertThat(authorize.getPath()).isEqualTo("/oauth2/authorize");
        assertThat(authorize.getPort()).isEqualTo(StandIns.ISSUER.port());
        var query = parameters(authorize);
        assertThat(query)
                .containsEntry("client_id", "portal")
                .containsEntry("response_type", "code")
                .containsEntry("scope", "openid profile")
                .containsEntry("redirect_uri", "http://localhost/portal/login/oauth2/code/pressline")
                .containsEntry("code_challenge_method", "S256")
                .containsKeys("code_challenge", "state", "nonce");
    }

    @Test
    void signsOutOfTheIssuerAndComesBackToTheStartPage() {
        var signedOut = pages.post("/logout", People.mette(), Map.of());

        assertThat(signedOut.status()).isEqualTo(302);
        var logout = URI.create(signedOut.location());
        assertThat(logout.getPath()).isEqualTo("/connect/logout");
        assertThat(logout.getPort()).isEqualTo(StandIns.ISSUER.port());
        assertThat(parameters(logout))
                .containsEntry("post_logout_redirect_uri", "http://localhost/portal/")
                .containsKey("id_token_hint");
    }

    @Test
    void refusesASignOutWithoutTheFormsCsrfToken() {
        var refused = pages.postWithoutCsrf("/logout", People.mette(), Map.of());

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.html().select("h1").text()).isEqualTo("Du har ikke adgang");
    }

    private static Map<String, String> parameters(URI uri) {
        return UriComponentsBuilder.fromUri(uri).build(true).getQueryParams().toSingleValueMap().entrySet().stream()
                .collect(Collectors.toMap(
                        Map.Entry::getKey,
                        entry ->
                                java.net.URLDecoder.decode(entry.getValue(), java.nio.charset.StandardCharsets.UTF_8)));
    }
}
