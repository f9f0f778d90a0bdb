package dk.pressline.notification.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import dk.pressline.notification.NotificationServiceTest;
import dk.pressline.notification.Readers;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Unconfirmed sign-ups older than the retention (7 days) are purged with their consents; confirmed ones stay. */
@NotificationServiceTest
class UnconfirmedSignUpPurgeTests {

    private static final Preferences NEWSLETTER = new Preferences("da", true, false, Set.of("klima"));

    @Autowired
    Subscriptions subscriptions;

    @Autowired
    UnconfirmedSignUpPurge purge;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void purgeRemovesOldUnconfirmedSignUpsAndTheirConsentsAndKeepsConfirmedOnes() {
        var readers = new Readers(subscriptions);
        var abandoned = Readers.newAddress("abandoned");
        readers.unconfirmed(abandoned, NEWSLETTER);
        var confirmed = readers.confirmed(Readers.newAddress("confirmed"), NEWSLETTER);
        var staleSecondThoughts = readers.unconfirmed(confirmed.email(), NEWSLETTER);
        var recent = Readers.newAddress("recent");
        readers.unconfirmed(recent, NEWSLETTER);
        var eightDaysAgo = Instant.now().minus(Duration.ofDays(8)).atOffset(ZoneOffset.UTC);
        jdbc.update(
                "update consents set requested_at = ? where subscriber_id in "
                        + "(select subscriber_id from subscribers where email in (?, ?))",
                eightDaysAgo,
                abandoned,
                confirmed.email());
        jdbc.update(
                "update subscribers set created_at = ?, updated_at = ? where email in (?, ?)",
                eightDaysAgo,
                eightDaysAgo,
                abandoned,
                confirmed.email());

        var purged = purge.purge();

        assertThat(purged.subscribers()).isPositive();
        assertThat(purged.consents()).isPositive();
        assertThat(count("select count(*) from subscribers where email = ?", abandoned))
                .isZero();
        assertThat(count(
                        "select count(*) from consents c join subscribers s using (subscriber_id) where s.email = ?",
                        abandoned))
                .isZero();
        assertThat(subscriptions.find(confirmed.id()))
                .as("a confirmed subscriber stays")
                .isPresent();
        assertThat(subscriptions.consents(confirmed.email()))
                .as("its confirmed consent stays as evidence")
                .singleElement()
                .satisfies(consent -> assertThat(consent.confirmedAt()).isNotNull());
        assertThat(count("select count(*) from consents where consent_id = ?", staleSecondThoughts))
                .isZero();
        assertThat(subscriptions.consents(recent))
                .as("a sign-up within the retention stays")
                .hasSize(1);
    }

    @Test
    void purgingAgainFindsNothingMoreToDelete() {
        var abandoned = Readers.newAddress("twice");
        new Readers(subscriptions).unconfirmed(abandoned, NEWSLETTER);
        jdbc.update(
                "update subscribers set updated_at = ? where email = ?",
                Instant.now().minus(Duration.ofDays(8)).atOffset(ZoneOffset.UTC),
                abandoned);

        var cutoff = Instant.now().minus(Duration.ofDays(7));
        var first = subscriptions.purgeUnconfirmedBefore(cutoff);
        var second = subscriptions.purgeUnconfirmedBefore(cutoff);

        assertThat(first.subscribers()).isPositive();
        assertThat(second.subscribers()).isZero();
        assertThat(count("select count(*) from subscribers where email = ?", abandoned))
                .isZero();
    }

    private int count(String sql, Object argument) {
        return jdbc.queryForObject(sql, Integer.class, argument);
    }
}
