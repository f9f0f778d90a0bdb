package dk.pressline.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dk.pressline.auth.person.People;
import dk.pressline.testsupport.RealServers;
import dk.pressline.testsupport.Server;
import dk.pressline.testsupport.time.MutableClock;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.bean.override.convention.TestBean;

/**
 * A wrong password gets a Danish message and no code, whether or not the address is known; five failures in a row lock
 * the account for a quarter of an hour, right password or not, with a clock the test moves.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealServers(Server.POSTGRES)
class LockoutTests {

    static final String WRONG_CREDENTIALS = "Forkert e-mail eller adgangskode.";
    static final String PASSWORD = "rigtig-adgangskode";

    // 21:00 in UTC is 22:00 in Copenhagen in December.
    static final MutableClock signInClock = new MutableClock(Instant.parse("2026-12-07T21:00:00Z"));

    @TestBean(name = "clock")
    Clock clock;

    static Clock clock() {
        return signInClock;
    }

    @LocalServerPort
    int port;

    @Autowired
    People people;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    JdbcClient jdbc;

    String username;
    PortalBrowser browser;

    @BeforeEach
    void aPersonOfTheirOwn() {
        username = "annonce-" + UUID.randomUUID() + "@example.dk";
        people.addUnlessStored(
                username,
                "Test Annoncør",
                passwordEncoder.encode(PASSWORD),
                List.of("ADVERTISER"),
                Optional.of("ad-nordlys"));
        browser = new PortalBrowser(port);
        browser.authorize(true);
    }

    @Test
    void showsADanishMessageLinkedToTheFieldsAndNoCodeForAWrongPassword() {
        HttpResponse<String> failed = browser.signIn(username, "forkert");

        assertThat(PortalBrowser.location(failed)).hasPath("/login");
        assertThat(PortalBrowser.code(failed)).isEmpty();
        String page = browser.follow(failed).body();
        assertThat(page)
                .contains("<p id=\"sign-in-error\" class=\"error\" role=\"alert\">" + WRONG_CREDENTIALS + "</p>")
                .contains("value=\"" + username + "\"");
        assertThat(page.split("aria-describedby=\"sign-in-error\"", -1))
                .as("both fields point at the message")
                .hasSize(3);
        assertThat(page.split("aria-invalid=\"true\"", -1)).hasSize(3);
    }

    @Test
    void answersAnUnknownAddressWithTheSameMessage() {
        assertThat(messageAfterSigningIn("ukendt-" + UUID.randomUUID() + "@example.dk", PASSWORD))
                .isEqualTo(WRONG_CREDENTIALS);
    }

    @Test
    void answersADisabledPersonWithTheSameMessageEvenForTheRightPassword() {
        jdbc.sql("UPDATE people SET enabled = false WHERE username = :username")
                .param("username", username)
                .update();

        assertThat(messageAfterSigningIn(username, PASSWORD)).isEqualTo(WRONG_CREDENTIALS);
    }

    @Test
    void locksTheAccountAfterFiveFailuresInARowUntilTheLockRunsOut() {
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(messageAfterSigningIn(username, "forkert-" + attempt)).isEqualTo(WRONG_CREDENTIALS);
        }
        String locked = "Kontoen er låst efter for mange forkerte forsøg. "
                + "Prøv igen efter 7. december kl. 22:15 (dansk tid).";

        assertThat(messageAfterSigningIn(username, "forkert-5")).isEqualTo(locked);
        assertThat(messageAfterSigningIn(username, PASSWORD))
                .as("the right password, while locked")
                .isEqualTo(locked);
        assertThat(people.find(username).orElseThrow().lockedUntil())
                .as("kept in the database, so a restart does not unlock it")
                .contains(Instant.parse("2026-12-07T21:15:00Z"));

        signInClock.advance(Duration.ofMinutes(14));
        assertThat(messageAfterSigningIn(username, PASSWORD)).isEqualTo(locked);

        signInClock.advance(Duration.ofMinutes(1));
        assertThat(PortalBrowser.code(browser.signInFromThePortal(username, PASSWORD)))
                .isPresent();
    }

    @Test
    void aSuccessfulSignInStartsTheCountOfFailuresAgain() {
        for (int attempt = 1; attempt <= 4; attempt++) {
            messageAfterSigningIn(username, "forkert-" + attempt);
        }
        assertThat(PortalBrowser.code(browser.signInFromThePortal(username, PASSWORD)))
                .isPresent();

        var secondBrowser = new PortalBrowser(port);
        secondBrowser.authorize(true);
        for (int attempt = 1; attempt <= 4; attempt++) {
            secondBrowser.signIn(username, "forkert-" + attempt);
        }

        assertThat(PortalBrowser.code(secondBrowser.signInFromThePortal(username, PASSWORD)))
                .isPresent();
    }

    private String messageAfterSigningIn(String username, String password) {
        HttpResponse<String> failed = browser.signIn(username, password);
        assertThat(PortalBrowser.location(failed)).hasPath("/login");
        String page = browser.follow(failed).body();
        int start = page.indexOf("role=\"alert\">");
        assertThat(start).as("an error message on the page").isPositive();
        return page.substring(start + "role=\"alert\">".length(), page.indexOf("</p>", start));
    }
}
