package dk.pressline.website;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NewsletterPagesTests extends WebsiteTest {

    @BeforeEach
    void routes() {
        StandIns.SEARCH.stubFor(
                get(urlPathEqualTo("/api/search")).willReturn(okJson(ReaderApiFixtures.searchResults())));
    }

    @Test
    void signUpSendsTheChoicesAndTheConsentWordingVersionThenAsksToCheckTheMail() {
        StandIns.NOTIFICATION.stubFor(post(urlPathEqualTo("/api/subscriptions"))
                .willReturn(StandIns.json(202, "{\"status\":\"CONFIRMATION_SENT\"}")));
        var signUpPage = pages.get("/nyhedsbrev");
        var form = signUpPage.html();
        assertThat(form.select("label[for=email]").text()).isEqualTo("E-mailadresse");
        assertThat(form.select("input[name=themes]").eachAttr("value")).containsExactly("klima", "groen-omstilling");
        assertThat(form.select(".consent").text()).contains("framelde");

        var answer = pages.submit(
                signUpPage,
                Map.of(
                        "email",
                        "reader@example.dk",
                        "newsletter",
                        "true",
                        "themes",
                        List.of("klima"),
                        "language",
                        "da"));

        assertThat(answer.status()).isEqualTo(303);
        assertThat(answer.header("Location")).isEqualTo("/nyhedsbrev/tjek-din-mail");
        var sent = StandIns.NOTIFICATION
                .findAll(postRequestedFor(urlPathEqualTo("/api/subscriptions")))
                .getFirst();
        assertThat(sent.getHeader("Content-Type")).startsWith("application/json");
        assertThat(sent.getBodyAsString())
                .contains(
                        "\"email\":\"reader@example.dk\"",
                        "\"newsletter\":true",
                        "\"eventNews\":false",
                        "\"themes\":[\"klima\"]",
                        "\"language\":\"da\"",
                        "\"form\":\"website-nyhedsbrev\"",
                        "\"wordingVersion\":\"nyhedsbrev-da-2026-11\"");
        assertThat(pages.get("/nyhedsbrev/tjek-din-mail").html().select("h1").text())
                .isEqualTo("Tjek din mail");
    }

    @Test
    void showsTheFieldErrorsOfARefusedSignUpNextToTheFieldsWithTheFormRefilled() {
        StandIns.NOTIFICATION.stubFor(
                post(urlPathEqualTo("/api/subscriptions")).willReturn(StandIns.problem(400, """
                {"type":"about:blank","title":"Invalid input","status":400,
                 "detail":"The request has invalid input: email: must be a well-formed email address",
                 "instance":"/api/subscriptions",
                 "errors":[{"field":"email","reason":"must be a well-formed email address"}]}
                """)));

        var page = pages.submit(
                pages.get("/nyhedsbrev"),
                Map.of(
                        "email",
                        "ikke-en-adresse",
                        "eventNews",
                        "true",
                        "themes",
                        List.of("groen-omstilling"),
                        "language",
                        "en"));

        assertThat(page.status()).isEqualTo(400);
        var html = page.html();
        var email = html.select("input#email").first();
        assertThat(email.attr("value")).isEqualTo("ikke-en-adresse");
        assertThat(email.attr("aria-invalid")).isEqualTo("true");
        assertThat(email.attr("aria-describedby")).isEqualTo("email-fejl");
        assertThat(html.select("#email-fejl").text()).isEqualTo("Skriv en gyldig e-mailadresse, fx navn@eksempel.dk.");
        assertThat(html.select(".error-summary[role=alert] a").attr("href")).isEqualTo("#email");
        assertThat(html.select("input#newsletter").hasAttr("checked")).isFalse();
        assertThat(html.select("input#eventNews").hasAttr("checked")).isTrue();
        assertThat(html.select("input[name=themes][checked]").eachAttr("value")).containsExactly("groen-omstilling");
        assertThat(html.select("select#language option[selected]").val()).isEqualTo("en");
    }

    @Test
    void theConfirmationLinkShowsAButtonAndOnlyThePostConfirms() {
        StandIns.NOTIFICATION.stubFor(
                get(urlPathEqualTo("/api/subscriptions/confirm")).willReturn(StandIns.html()));
        StandIns.NOTIFICATION.stubFor(post(urlPathEqualTo("/api/subscriptions/confirm"))
                .willReturn(okJson(ReaderApiFixtures.subscription("CONFIRMED", "manage-token"))));

        var page = pages.get("/nyhedsbrev/bekraeft?token=confirm-token");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html().select("form[method=post]").attr("action"))
                .isEqualTo("/nyhedsbrev/bekraeft?token=confirm-token");
        assertThat(StandIns.NOTIFICATION.findAll(postRequestedFor(urlPathEqualTo("/api/subscriptions/confirm"))))
                .isEmpty();

        var confirmed = pages.submit(page, Map.of());

        assertThat(confirmed.status()).isEqualTo(200);
        assertThat(confirmed.header("Cache-Control")).isEqualTo("no-store");
        assertThat(confirmed.html().select("h1").text()).isEqualTo("Du er tilmeldt");
        assertThat(confirmed.html().select("main a").attr("href"))
                .isEqualTo("/nyhedsbrev/indstillinger?token=manage-token");
        assertThat(StandIns.query(StandIns.NOTIFICATION
                        .findAll(postRequestedFor(urlPathEqualTo("/api/subscriptions/confirm")))
                        .getFirst()))
                .isEqualTo("token=confirm-token");
    }

    @Test
    void anExpiredOrBadLinkGivesADanishPageWithNotificationServicesStatus() {
        StandIns.NOTIFICATION.stubFor(get(urlPathEqualTo("/api/subscriptions/confirm"))
                .willReturn(StandIns.problem(400, ReaderApiFixtures.invalidLinkProblem())));
        StandIns.NOTIFICATION.stubFor(get(urlPathEqualTo("/api/subscriptions/preferences"))
                .willReturn(
                        StandIns.problem(404, "{\"title\":\"Not Found\",\"status\":404,\"detail\":\"Subscriber\"}")));

        var bad = pages.get("/nyhedsbrev/bekraeft?token=forged");
        var gone = pages.get("/nyhedsbrev/indstillinger?token=forgotten");
        var missing = pages.get("/nyhedsbrev/afmeld");

        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.html().select("h1").text()).isEqualTo("Linket virker ikke");
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.html().select("h1").text()).isEqualTo("Linket virker ikke");
        assertThat(missing.status()).isEqualTo(400);
    }

    @Test
    void unsubscribesOnTheOneClickPostOfAMailClient() {
        StandIns.NOTIFICATION.stubFor(post(urlPathEqualTo("/api/subscriptions/unsubscribe"))
                .willReturn(okJson("{\"status\":\"UNSUBSCRIBED\"}")));

        var page = pages.post("/nyhedsbrev/afmeld?token=manage-token", Map.of("List-Unsubscribe", "One-Click"));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html().select("h1").text()).isEqualTo("Du er afmeldt");
        var sent = StandIns.NOTIFICATION
                .findAll(postRequestedFor(urlPathEqualTo("/api/subscriptions/unsubscribe")))
                .getFirst();
        assertThat(StandIns.query(sent)).isEqualTo("token=manage-token");
        assertThat(sent.getBodyAsString()).isEqualTo("List-Unsubscribe=One-Click");
    }

    @Test
    void unsubscribesOnAMultipartOneClickPostAsRfc8058Recommends() {
        StandIns.NOTIFICATION.stubFor(post(urlPathEqualTo("/api/subscriptions/unsubscribe"))
                .willReturn(okJson("{\"status\":\"UNSUBSCRIBED\"}")));

        var page = pages.postMultipart("/nyhedsbrev/afmeld?token=manage-token", "List-Unsubscribe", "One-Click");

        assertThat(page.status()).isEqualTo(200);
        assertThat(StandIns.query(StandIns.NOTIFICATION
                        .findAll(postRequestedFor(urlPathEqualTo("/api/subscriptions/unsubscribe")))
                        .getFirst()))
                .isEqualTo("token=manage-token");
    }

    @Test
    void theUnsubscribeLinkShowsAButtonWithoutUnsubscribing() {
        StandIns.NOTIFICATION.stubFor(
                get(urlPathEqualTo("/api/subscriptions/unsubscribe")).willReturn(StandIns.html()));

        var html = pages.get("/nyhedsbrev/afmeld?token=manage-token").html();

        assertThat(html.select("form[method=post]").attr("action")).isEqualTo("/nyhedsbrev/afmeld?token=manage-token");
        assertThat(html.select("form button").text()).isEqualTo("Afmeld");
        assertThat(StandIns.NOTIFICATION.findAll(postRequestedFor(urlPathEqualTo("/api/subscriptions/unsubscribe"))))
                .isEmpty();
    }

    @Test
    void savesChangedPreferencesWithTheTokenFromTheMail() {
        StandIns.NOTIFICATION.stubFor(get(urlPathEqualTo("/api/subscriptions/preferences"))
                .willReturn(okJson(ReaderApiFixtures.subscription("CONFIRMED", "manage-token"))));
        StandIns.NOTIFICATION.stubFor(put(urlPathEqualTo("/api/subscriptions/preferences"))
                .willReturn(okJson(ReaderApiFixtures.subscription("CONFIRMED", "manage-token"))));

        var preferencesPage = pages.get("/nyhedsbrev/indstillinger?token=manage-token");
        var form = preferencesPage.html();
        assertThat(form.select("input[name=themes][checked]").eachAttr("value")).containsExactly("klima");
        assertThat(form.select("input#newsletter").hasAttr("checked")).isTrue();

        var saved = pages.submit(
                preferencesPage,
                Map.of("eventNews", "true", "themes", List.of("klima", "groen-omstilling"), "language", "da"));

        assertThat(saved.status()).isEqualTo(200);
        assertThat(saved.html().select(".notice").text()).isEqualTo("Dine indstillinger er gemt.");
        var sent = StandIns.NOTIFICATION
                .findAll(putRequestedFor(urlPathEqualTo("/api/subscriptions/preferences")))
                .getFirst();
        assertThat(StandIns.query(sent)).isEqualTo("token=manage-token");
        assertThat(sent.getBodyAsString())
                .contains(
                        "\"newsletter\":false",
                        "\"eventNews\":true",
                        "\"themes\":[\"klima\",\"groen-omstilling\"]",
                        "\"language\":\"da\"");
    }

    @Test
    void aFormPostWithoutItsCsrfTokenIsRefusedWithADanishPageAndNothingIsSent() {
        StandIns.NOTIFICATION.stubFor(post(urlPathEqualTo("/api/subscriptions"))
                .willReturn(StandIns.json(202, "{\"status\":\"CONFIRMATION_SENT\"}")));
        StandIns.NOTIFICATION.stubFor(put(urlPathEqualTo("/api/subscriptions/preferences"))
                .willReturn(okJson(ReaderApiFixtures.subscription("CONFIRMED", "manage-token"))));
        StandIns.NOTIFICATION.stubFor(post(urlPathEqualTo("/api/subscriptions/confirm"))
                .willReturn(okJson(ReaderApiFixtures.subscription("CONFIRMED", "manage-token"))));
        var signUpPage = pages.get("/nyhedsbrev");
        assertThat(signUpPage
                        .html()
                        .select("form[method=post] input[type=hidden][name=_csrf]")
                        .attr("value"))
                .as("the token is rendered into the form")
                .isNotBlank();

        var forged = pages.post("/nyhedsbrev", Map.of("email", "offer@example.dk", "language", "da"));
        var forgedPreferences = pages.post("/nyhedsbrev/indstillinger?token=manage-token", Map.of("language", "da"));
        var forgedConfirmation = pages.post("/nyhedsbrev/bekraeft?token=confirm-token", Map.of());
        var wrongToken = pages.post(
                "/nyhedsbrev", Map.of("email", "offer@example.dk", "language", "da", "_csrf", "not-the-token"));

        for (var refused : List.of(forged, forgedPreferences, forgedConfirmation, wrongToken)) {
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.html().select("html").attr("lang")).isEqualTo("da");
        }
        assertThat(StandIns.NOTIFICATION.findAll(postRequestedFor(urlPathEqualTo("/api/subscriptions"))))
                .isEmpty();
        assertThat(StandIns.NOTIFICATION.findAll(putRequestedFor(urlPathEqualTo("/api/subscriptions/preferences"))))
                .isEmpty();
        assertThat(StandIns.NOTIFICATION.findAll(postRequestedFor(urlPathEqualTo("/api/subscriptions/confirm"))))
                .isEmpty();

        var accepted = pages.submit(signUpPage, Map.of("email", "offer@example.dk", "language", "da"));
        assertThat(accepted.status()).isEqualTo(303);
        assertThat(StandIns.NOTIFICATION.findAll(postRequestedFor(urlPathEqualTo("/api/subscriptions"))))
                .hasSize(1);
    }

    @Test
    void signUpPassesTheReadersAddressOnAndShowsARefusalForTooManySignUps() {
        StandIns.NOTIFICATION.stubFor(post(urlPathEqualTo("/api/subscriptions"))
                .willReturn(StandIns.problem(429, """
                {"type":"about:blank","title":"Too many sign-ups","status":429,
                 "detail":"Too many sign-ups from this client address; try again in 120 s."}
                """).withHeader("Retry-After", "120")));

        var refused = pages.submit(pages.get("/nyhedsbrev"), Map.of("email", "reader@example.dk", "language", "da"));

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.header("Retry-After")).isEqualTo("120");
        assertThat(refused.html().select("#email-fejl").text()).contains("for mange tilmeldinger");
        assertThat(StandIns.NOTIFICATION
                        .findAll(postRequestedFor(urlPathEqualTo("/api/subscriptions")))
                        .getFirst()
                        .getHeader("X-Forwarded-For"))
                .as("the reader's address, here the test's own")
                .isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
    }
}
