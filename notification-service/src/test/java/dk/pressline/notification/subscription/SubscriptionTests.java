package dk.pressline.notification.subscription;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.pressline.notification.Mailbox;
import dk.pressline.notification.NotificationServiceTest;
import dk.pressline.notification.Readers;
import dk.pressline.notification.TestSecrets;
import dk.pressline.testsupport.security.TestTokens;
import dk.pressline.testsupport.web.ApiClient;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** Sign-up with double opt-in, consent evidence, preferences, forget-me and bounces, through the public API. */
@NotificationServiceTest
class SubscriptionTests {

    @LocalServerPort
    int port;

    @Autowired
    Subscriptions subscriptions;

    @Autowired
    SignedLinks signedLinks;

    @Autowired
    JdbcTemplate jdbc;

    ApiClient api;
    Mailbox mailbox = Mailbox.ofTestServer();

    @BeforeEach
    void client() {
        api = ApiClient.atLocalPort(port).withHeader("X-Forwarded-For", Readers.newClientAddress());
    }

    @Test
    void aSignUpIsOnlyActiveOnceConfirmedThroughTheSignedLinkInTheMail() {
        var email = Readers.newAddress("anna");

        var accepted = api.post("/api/subscriptions", signUpJson(email, "[\"klima\"]"));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);

        var confirmation = mailbox.awaitOne(email, "Bekræft");
        assertThat(Mailbox.html(confirmation)).contains("Bekræft tilmelding");
        assertThat(statusOf(email)).isEqualTo("PENDING");

        var link = Mailbox.link(confirmation, "/api/subscriptions/confirm");
        var token = tokenOf(link);
        var page = api.get("/api/subscriptions/confirm?token=" + token);
        assertThat(page.status()).isEqualTo(200);
        assertThat(statusOf(email)).as("a GET only shows the page").isEqualTo("PENDING");

        var confirmed = api.post("/api/subscriptions/confirm?token=" + token, null);
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        assertThat(confirmed.json().path("status").asString()).isEqualTo("ACTIVE");
        assertThat(confirmed.json().path("themes").get(0).asString()).isEqualTo("klima");
        assertThat(statusOf(email)).isEqualTo("ACTIVE");

        var evidence = api.withToken(TestTokens.admin().encode()).get("/api/consents?email=" + email);
        assertThat(evidence.status()).as(evidence.body()).isEqualTo(200);
        var consent = evidence.json().get(0);
        assertThat(consent.path("form").asString()).isEqualTo("article-footer");
        assertThat(consent.path("wordingVersion").asString()).isEqualTo("2026-03");
        assertThat(consent.path("requestedAt").isMissingNode()).isFalse();
        assertThat(consent.path("confirmedAt").isNull()).isFalse();
        api.withToken(TestTokens.editor().encode())
                .get("/api/consents?email=" + email)
                .assertProblem(403);
    }

    @Test
    void aFormSubmittedOverAndOverSendsOneConfirmationMail() {
        var email = Readers.newAddress("flood");
        for (int i = 0; i < 3; i++) {
            assertThat(api.post("/api/subscriptions", signUpJson(email, "[]")).status())
                    .isEqualTo(202);
        }
        var first = mailbox.awaitOne(email, "Bekræft");
        assertThat(subscriptions.consents(email)).hasSize(3);

        // The one mail confirms; a later reader's sign-up is not held back by someone else's.
        var confirmed = api.post(
                "/api/subscriptions/confirm?token=" + tokenOf(Mailbox.link(first, "/api/subscriptions/confirm")), null);
        assertThat(confirmed.status()).isEqualTo(200);
        var other = Readers.newAddress("other");
        api.post("/api/subscriptions", signUpJson(other, "[]"));
        mailbox.awaitOne(other, "Bekræft");
        assertThat(mailbox.to(email, "Bekræft")).hasSize(1);
    }

    @Test
    void aForgedExpiredOrMisusedLinkIsRefused() {
        var subscriber = new Readers(subscriptions).followingThemes(Readers.newAddress("bo"), "energi");
        var now = Instant.now();
        var expired = signedLinks.sign(
                SignedLinks.Purpose.MANAGE, subscriber.id(), now.minus(Duration.ofDays(2)), Duration.ofDays(1));
        var confirmToken = signedLinks.sign(SignedLinks.Purpose.CONFIRM, subscriber.id(), now, Duration.ofDays(1));
        var good = signedLinks.sign(SignedLinks.Purpose.MANAGE, subscriber.id(), now, Duration.ofDays(1));
        var forged = good.substring(0, good.length() - 3) + (good.endsWith("AAA") ? "BBB" : "AAA");

        for (var bad : new String[] {expired, confirmToken, forged, "garbage"}) {
            var problem = api.get("/api/subscriptions/preferences?token=" + bad).assertProblem(400);
            assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("token");
        }
        assertThat(api.get("/api/subscriptions/preferences?token=" + good).status())
                .isEqualTo(200);
    }

    @Test
    void preferencesChangeThroughTheSignedLinkAndBadInputChangesNothing() {
        var subscriber = new Readers(subscriptions).followingThemes(Readers.newAddress("cecilie"), "energi");
        var token = signedLinks.sign(SignedLinks.Purpose.MANAGE, subscriber.id(), Instant.now(), Duration.ofDays(1));

        var changed = api.put(
                "/api/subscriptions/preferences?token=" + token,
                "{\"language\":\"en\",\"newsletter\":true,\"eventNews\":true,\"themes\":[\"klima\",\"biodiversitet\"]}");
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);

        var problem = api.sendingUndocumentedRequests()
                .put(
                        "/api/subscriptions/preferences?token=" + token,
                        "{\"language\":\"fr\",\"newsletter\":true,\"eventNews\":true,\"themes\":[\"Not A Slug\"]}")
                .assertProblem(400);
        assertThat(problem.path("errors").findValuesAsString("field")).contains("language");

        var now = subscriptions.get(subscriber.id()).preferences();
        assertThat(now.language()).isEqualTo("en");
        assertThat(now.newsletter()).isTrue();
        assertThat(now.eventNews()).isTrue();
        assertThat(now.themes()).containsExactlyInAnyOrder("klima", "biodiversitet");
    }

    @Test
    void aSignUpWithBadInputIsRefusedAndNothingIsStored() {
        var email = Readers.newAddress("dorte");
        var problem = api.sendingUndocumentedRequests()
                .post(
                        "/api/subscriptions",
                        "{\"email\":\"not-an-address\",\"language\":\"de\","
                                + "\"form\":\"x\",\"wordingVersion\":\"1\"}")
                .assertProblem(400);
        assertThat(problem.path("errors").findValuesAsString("field")).contains("email", "language");

        api.post("/api/subscriptions", signUpJson(email, "[\"Not A Slug\"]")).assertProblem(400);
        assertThat(jdbc.queryForObject("select count(*) from subscribers where email = ?", Integer.class, email))
                .isZero();
    }

    @Test
    void aSuppressedOrForgottenAddressIsAnsweredAsAnyOtherAndGetsNoMail() {
        var bounced = Readers.newAddress("bounced");
        subscriptions.suppressBouncedAddress(bounced);
        var forgotten = Readers.newAddress("forgotten");
        var readers = new Readers(subscriptions);
        var token = signedLinks.sign(
                SignedLinks.Purpose.MANAGE,
                readers.followingThemes(forgotten, "klima").id(),
                Instant.now(),
                Duration.ofDays(1));
        // The reader's own confirmation goes out before they are forgotten: once forgotten, a mail still queued for
        // them is dropped, so waiting for it afterwards would race the forgetting.
        mailbox.awaitOne(forgotten, "Bekræft");
        var mailedBefore = mailbox.to(forgotten).size();
        assertThat(api.delete("/api/subscriptions?token=" + token).status()).isEqualTo(204);
        var forgottenTagged = forgotten.replace("@", "+igen@");
        var ordinary = Readers.newAddress("ordinary");

        for (var email : List.of(bounced, forgotten, forgottenTagged, ordinary)) {
            var answer = api.post("/api/subscriptions", signUpJson(email, "[]"));
            assertThat(answer.status()).as(email).isEqualTo(202);
            assertThat(answer.json().path("status").asString()).isEqualTo("CONFIRMATION_SENT");
        }

        mailbox.awaitOne(ordinary, "Bekræft");
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            assertThat(mailbox.to(bounced)).isEmpty();
            assertThat(mailbox.to(forgotten)).hasSize(mailedBefore);
            assertThat(mailbox.to(forgottenTagged)).isEmpty();
        });
        assertThat(jdbc.queryForObject(
                        "select count(*) from subscribers where email in (?, ?, ?)",
                        Integer.class,
                        bounced,
                        forgotten,
                        forgottenTagged))
                .as("nothing stored about them")
                .isZero();
    }

    @Test
    void forgetMeDeletesThePersonalDataAndKeepsAHashedSuppression() {
        var email = Readers.newAddress("erik");
        var readers = new Readers(subscriptions);
        var subscriber = readers.followingThemes(email, "klima");
        var token = signedLinks.sign(SignedLinks.Purpose.MANAGE, subscriber.id(), Instant.now(), Duration.ofDays(1));

        assertThat(api.delete("/api/subscriptions?token=" + token).status()).isEqualTo(204);

        assertThat(jdbc.queryForObject(
                        "select count(*) from subscribers where subscriber_id = ?", Integer.class, subscriber.id()))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from consents where subscriber_id = ?", Integer.class, subscriber.id()))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from subscriber_themes where subscriber_id = ?",
                        Integer.class,
                        subscriber.id()))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "select count(*) from suppressions where email_hash like ?", Integer.class, "%" + email + "%"))
                .as("the address is not kept in clear")
                .isZero();
        assertThat(subscriptions.isSuppressed(email)).isTrue();
        api.get("/api/subscriptions/preferences?token=" + token).assertProblem(404);
    }

    @Test
    void aResubscriptionAfterUnsubscribingIsActiveAgainOnceConfirmed() {
        var email = Readers.newAddress("frida");
        var readers = new Readers(subscriptions);
        var subscriber = readers.followingThemes(email, "klima");
        subscriptions.unsubscribe(subscriber.id());
        assertThat(subscriptions.get(subscriber.id()).status()).isEqualTo(SubscriberStatus.UNSUBSCRIBED);

        var consentId = readers.unconfirmed(email, new Preferences("da", true, false, Set.of("energi")));
        assertThat(subscriptions.get(subscriber.id()).status()).isEqualTo(SubscriberStatus.UNSUBSCRIBED);

        var again = subscriptions.confirm(consentId);
        assertThat(again.id()).isEqualTo(subscriber.id());
        assertThat(again.status()).isEqualTo(SubscriberStatus.ACTIVE);
        assertThat(again.preferences().themes()).containsExactly("energi");
        assertThat(subscriptions.consents(email))
                .hasSize(2)
                .first()
                .satisfies(first -> assertThat(first.withdrawnAt()).isNotNull());
    }

    @Test
    void aHardBounceReportedWithTheSecretSuppressesTheAddressUntilASignUpFromBeforeIsConfirmed() {
        var email = Readers.newAddress("gustav");
        var readers = new Readers(subscriptions);
        readers.followingThemes(email, "klima");
        var pending = readers.unconfirmed(email, new Preferences("da", true, false, Set.of()));
        var bounce = "{\"email\":\"" + email + "\",\"type\":\"HARD\"}";

        api.post("/api/bounces", bounce).assertProblem(403);
        api.withHeader("X-Bounce-Secret", "wrong").post("/api/bounces", bounce).assertProblem(403);
        assertThat(subscriptions.isSuppressed(email)).isFalse();

        var reported = api.withHeader("X-Bounce-Secret", TestSecrets.BOUNCE_SECRET_VALUE)
                .post("/api/bounces", bounce);
        assertThat(reported.status()).as(reported.body()).isEqualTo(200);
        assertThat(subscriptions.isSuppressed(email)).isTrue();

        subscriptions.confirm(pending);
        assertThat(subscriptions.isSuppressed(email))
                .as("a new, confirmed consent lifts the suppression")
                .isFalse();
    }

    private String statusOf(String email) {
        return jdbc.queryForObject("select status from subscribers where email = ?", String.class, email);
    }

    private static String tokenOf(String link) {
        var query = URI.create(link).getRawQuery();
        return query.substring(query.indexOf("token=") + "token=".length());
    }

    private static String signUpJson(String email, String themes) {
        return "{\"email\":\"" + email + "\",\"themes\":" + themes + ",\"form\":\"article-footer\","
                + "\"wordingVersion\":\"2026-03\"}";
    }
}
