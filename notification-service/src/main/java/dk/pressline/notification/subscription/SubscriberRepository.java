package dk.pressline.notification.subscription;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The subscribers, their themes, their consents and the suppressed addresses, in PostgreSQL. */
@Repository
class SubscriberRepository {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JdbcTemplate jdbc;

    SubscriberRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The subscriber of an address, its row locked until the transaction ends. */
    Optional<UUID> lockSubscriberOf(String email) {
        return jdbc
                .query(
                        "select subscriber_id from subscribers where email = ? for update",
                        (row, n) -> row.getObject(1, UUID.class),
                        email)
                .stream()
                .findFirst();
    }

    /** Marks a pending subscriber as signing up again, so it is not purged as unconfirmed under this sign-up. */
    void touchPending(UUID subscriberId, Instant now) {
        jdbc.update(
                "update subscribers set updated_at = ? where subscriber_id = ? " + "and status = 'PENDING'",
                utc(now),
                subscriberId);
    }

    void insertPending(UUID subscriberId, String email, String emailHash, Preferences preferences, Instant now) {
        jdbc.update(
                """
                insert into subscribers (subscriber_id, email, email_hash, status, language, newsletter,
                    event_news, created_at, updated_at)
                values (?, ?, ?, 'PENDING', ?, ?, ?, ?, ?)""",
                subscriberId,
                email,
                emailHash,
                preferences.language(),
                preferences.newsletter(),
                preferences.eventNews(),
                utc(now),
                utc(now));
    }

    void insertConsent(UUID consentId, UUID subscriberId, Instant now, SignUp signUp) {
        jdbc.update(
                """
                insert into consents (consent_id, subscriber_id, requested_at, form, wording_version,
                    requested_preferences)
                values (?, ?, ?, ?, ?, ?::jsonb)""",
                consentId,
                subscriberId,
                utc(now),
                signUp.form(),
                signUp.wordingVersion(),
                JSON.writeValueAsString(signUp.preferences()));
    }

    /** Whether the subscriber has another consent, unconfirmed, asked for after {@code since}. */
    boolean hasOtherUnconfirmedConsentSince(UUID subscriberId, UUID consentId, Instant since) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                select exists(select 1 from consents where subscriber_id = ? and consent_id <> ?
                    and confirmed_at is null and requested_at > ?)""", Boolean.class, subscriberId, consentId, utc(since)));
    }

    /** A consent, its row locked until the transaction ends. */
    Optional<PendingConsent> lockConsent(UUID consentId) {
        return jdbc
                .query(
                        "select subscriber_id, requested_preferences::text, confirmed_at from consents "
                                + "where consent_id = ? for update",
                        (row, n) -> new PendingConsent(
                                row.getObject(1, UUID.class),
                                JSON.readValue(row.getString(2), Preferences.class),
                                row.getTimestamp(3)),
                        consentId)
                .stream()
                .findFirst();
    }

    /**
     * Confirms the consent and activates its subscriber with the preferences asked for, lifting any suppression of
     * the address.
     */
    void confirm(UUID consentId, PendingConsent consent, Instant now) {
        jdbc.update("update consents set confirmed_at = ? where consent_id = ?", utc(now), consentId);
        jdbc.update(
                "update subscribers set status = 'ACTIVE', updated_at = ? where subscriber_id = ?",
                utc(now),
                consent.subscriberId());
        writePreferences(consent.subscriberId(), consent.requested(), now);
        jdbc.update(
                "delete from suppressions where email_hash = (select email_hash from subscribers "
                        + "where subscriber_id = ?)",
                consent.subscriberId());
    }

    Optional<Subscriber> find(UUID subscriberId) {
        return jdbc.query("""
                select s.subscriber_id, s.email, s.status, s.language, s.newsletter, s.event_news,
                    array(select theme from subscriber_themes t where t.subscriber_id = s.subscriber_id) as themes
                from subscribers s where s.subscriber_id = ?""", SubscriberRepository::subscriber, subscriberId).stream()
                .findFirst();
    }

    /** @return whether there is such a subscriber */
    boolean changePreferences(UUID subscriberId, Preferences preferences, Instant now) {
        var changed =
                jdbc.update("update subscribers set updated_at = ? where subscriber_id = ?", utc(now), subscriberId);
        if (changed == 0) {
            return false;
        }
        writePreferences(subscriberId, preferences, now);
        return true;
    }

    void unsubscribe(UUID subscriberId, Instant now) {
        jdbc.update(
                "update subscribers set status = 'UNSUBSCRIBED', updated_at = ? where subscriber_id = ? "
                        + "and status <> 'UNSUBSCRIBED'",
                utc(now),
                subscriberId);
        jdbc.update(
                "update consents set withdrawn_at = ? where subscriber_id = ? and withdrawn_at is null",
                utc(now),
                subscriberId);
    }

    /**
     * Deletes the subscriber with its preferences and consents, and its delivery log.
     *
     * @return the hash of its address; empty when there was no such subscriber
     */
    Optional<String> delete(UUID subscriberId) {
        var hash = jdbc
                .query(
                        "delete from subscribers where subscriber_id = ? returning email_hash",
                        (row, n) -> row.getString(1),
                        subscriberId)
                .stream()
                .findFirst();
        jdbc.update("delete from deliveries where subscriber_id = ?", subscriberId);
        return hash;
    }

    void suppress(String emailHash, String reason, Instant now) {
        jdbc.update("""
                insert into suppressions (email_hash, reason, suppressed_at) values (?, ?, ?)
                on conflict (email_hash) do update set reason = excluded.reason, suppressed_at = excluded.suppressed_at""", emailHash, reason, utc(now));
    }

    boolean isSuppressed(String emailHash) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists(select 1 from suppressions where email_hash = ?)", Boolean.class, emailHash));
    }

    boolean isEitherSuppressed(String emailHash, String otherEmailHash) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists(select 1 from suppressions where email_hash in (?, ?))",
                Boolean.class,
                emailHash,
                otherEmailHash));
    }

    /** Deletes the pending subscribers last signing up before {@code cutoff}, with their delivery log. */
    int deletePendingBefore(Instant cutoff) {
        return jdbc.queryForObject("""
                with purged as (
                    delete from subscribers where status = 'PENDING' and updated_at < ? returning subscriber_id),
                logged as (delete from deliveries where subscriber_id in (select subscriber_id from purged))
                select count(*) from purged""", Integer.class, utc(cutoff));
    }

    int deleteUnconfirmedConsentsBefore(Instant cutoff) {
        return jdbc.update("delete from consents where confirmed_at is null and requested_at < ?", utc(cutoff));
    }

    /** The consents of an address, oldest first. */
    List<Consent> consents(String email) {
        return jdbc.query(
                """
                select c.consent_id, c.requested_at, c.form, c.wording_version, c.requested_preferences::text,
                    c.confirmed_at, c.withdrawn_at
                from consents c join subscribers s using (subscriber_id)
                where s.email = ? order by c.requested_at""",
                (row, n) -> new Consent(
                        row.getObject(1, UUID.class),
                        instant(row.getTimestamp(2)),
                        row.getString(3),
                        row.getString(4),
                        JSON.readValue(row.getString(5), Preferences.class),
                        instant(row.getTimestamp(6)),
                        instant(row.getTimestamp(7))),
                email);
    }

    private void writePreferences(UUID subscriberId, Preferences preferences, Instant now) {
        jdbc.update(
                "update subscribers set language = ?, newsletter = ?, event_news = ?, updated_at = ? "
                        + "where subscriber_id = ?",
                preferences.language(),
                preferences.newsletter(),
                preferences.eventNews(),
                utc(now),
                subscriberId);
        jdbc.update("delete from subscriber_themes where subscriber_id = ?", subscriberId);
        jdbc.batchUpdate(
                "insert into subscriber_themes (theme, subscriber_id) values (?, ?)",
                preferences.themes().stream()
                        .map(theme -> new Object[] {theme, subscriberId})
                        .toList());
    }

    private static Subscriber subscriber(ResultSet row, int rowNumber) throws SQLException {
        return new Subscriber(
                row.getObject("subscriber_id", UUID.class),
                row.getString("email"),
                SubscriberStatus.valueOf(row.getString("status")),
                new Preferences(
                        row.getString("language"),
                        row.getBoolean("newsletter"),
                        row.getBoolean("event_news"),
                        themes(row.getArray("themes"))));
    }

    private static Set<String> themes(Array array) throws SQLException {
        return Set.of((String[]) array.getArray());
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** A consent as asked for, and when it was confirmed; {@code null} while it is not. */
    record PendingConsent(UUID subscriberId, Preferences requested, Timestamp confirmedAt) {}
}
