package dk.pressline.notification.subscription;

import dk.pressline.events.notification.DeliveryKind;
import dk.pressline.events.notification.DeliveryRequested;
import dk.pressline.platform.outbox.EventOutbox;
import dk.pressline.platform.web.NotFoundException;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sign-up with double opt-in, confirmation, preferences, unsubscribing and being forgotten. Every change that needs a
 * mail queues it through the outbox in the same transaction, so a sign-up is never stored without its confirmation
 * mail, nor the other way round.
 */
@Service
public class Subscriptions {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Logger log = LoggerFactory.getLogger(Subscriptions.class);
    /** However often a form is submitted for an address, it gets at most one confirmation mail in this time. */
    private static final Duration CONFIRMATION_MAIL_INTERVAL = Duration.ofMinutes(10);

    private final JdbcTemplate jdbc;
    private final EventOutbox outbox;
    private final AddressHashes hashes;
    private final Clock clock;

    Subscriptions(JdbcTemplate jdbc, EventOutbox outbox, AddressHashes hashes, Clock clock) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.hashes = hashes;
        this.clock = clock;
    }

    /**
     * Records the consent asked for and queues the confirmation mail. Nothing else changes until the reader confirms:
     * a sign-up for an address that is already subscribed leaves its subscription as it is. An address that was sent
     * a confirmation mail it has not acted on in the last ten minutes gets no second one, so a form submitted over
     * and over cannot flood a mailbox. A suppressed address (hard bounce, "forget me"), or one that delivers to a
     * suppressed mailbox, is neither stored nor mailed.
     *
     * @return the consent to confirm; empty for a suppressed address
     */
    @Transactional
    public Optional<UUID> signUp(SignUp signUp) {
        var now = clock.instant();
        var email = AddressHashes.normalise(signUp.email());
        if (isSuppressedMailbox(email)) {
            log.info("A sign-up for a suppressed address was answered as any other, and nothing was stored or sent");
            return Optional.empty();
        }
        var existing = jdbc.query("select subscriber_id from subscribers where email = ? for update",
                (row, n) -> row.getObject(1, UUID.class), email).stream().findFirst();
        // A pending subscriber signing up again is not purged under this sign-up (UnconfirmedSignUpPurge).
        existing.ifPresent(id -> jdbc.update("update subscribers set updated_at = ? where subscriber_id = ? "
                + "and status = 'PENDING'", utc(now), id));
        var subscriberId = existing.orElseGet(() -> {
                    var id = UUID.randomUUID();
                    var preferences = signUp.preferences();
                    jdbc.update("""
                            insert into subscribers (subscriber_id, email, email_hash, status, language, newsletter,
                                event_news, created_at, updated_at)
                            values (?, ?, ?, 'PENDING', ?, ?, ?, ?, ?)""",
                            id, email, hashes.hash(email), preferences.language(), preferences.newsletter(),
                            preferences.eventNews(), utc(now), utc(now));
                    return id;
                });
        var consentId = UUID.randomUUID();
        jdbc.update("""
                insert into consents (consent_id, subscriber_id, requested_at, form, wording_version,
                    requested_preferences)
                values (?, ?, ?, ?, ?, ?::jsonb)""",
                consentId, subscriberId, utc(now), signUp.form(), signUp.wordingVersion(),
                JSON.writeValueAsString(signUp.preferences()));
        var recentlyMailed = jdbc.queryForObject("""
                select exists(select 1 from consents where subscriber_id = ? and consent_id <> ?
                    and confirmed_at is null and requested_at > ?)""", Boolean.class, subscriberId, consentId,
                utc(now.minus(CONFIRMATION_MAIL_INTERVAL)));
        if (Boolean.TRUE.equals(recentlyMailed)) {
            log.info("Sign-up {} recorded without a confirmation mail: one went to the address less than {} ago",
                    consentId, CONFIRMATION_MAIL_INTERVAL);
            return Optional.of(consentId);
        }
        outbox.append(new DeliveryRequested(UUID.randomUUID(), now, UUID.randomUUID(), subscriberId,
                DeliveryKind.SUBSCRIPTION_CONFIRMATION, consentId.toString()));
        return Optional.of(consentId);
    }

    /**
     * Confirms a consent: the subscriber becomes active with the preferences asked for, and a suppression of the
     * address (an earlier "forget me" or hard bounce) is lifted by this new, explicit consent. Confirming twice is
     * harmless.
     *
     * @return the confirmed subscriber
     */
    @Transactional
    public Subscriber confirm(UUID consentId) {
        var now = clock.instant();
        var consent = jdbc.query("select subscriber_id, requested_preferences::text, confirmed_at from consents "
                + "where consent_id = ? for update", (row, n) -> new PendingConsent(row.getObject(1, UUID.class),
                        JSON.readValue(row.getString(2), Preferences.class), row.getTimestamp(3)), consentId)
                .stream().findFirst().orElseThrow(InvalidLinkException::new);
        if (consent.confirmedAt() == null) {
            jdbc.update("update consents set confirmed_at = ? where consent_id = ?", utc(now), consentId);
            jdbc.update("update subscribers set status = 'ACTIVE', updated_at = ? where subscriber_id = ?", utc(now),
                    consent.subscriberId());
            writePreferences(consent.subscriberId(), consent.requested(), now);
            jdbc.update("delete from suppressions where email_hash = (select email_hash from subscribers "
                    + "where subscriber_id = ?)", consent.subscriberId());
        }
        return find(consent.subscriberId()).orElseThrow(InvalidLinkException::new);
    }

    public Optional<Subscriber> find(UUID subscriberId) {
        return jdbc.query("""
                select s.subscriber_id, s.email, s.status, s.language, s.newsletter, s.event_news,
                    array(select theme from subscriber_themes t where t.subscriber_id = s.subscriber_id) as themes
                from subscribers s where s.subscriber_id = ?""", Subscriptions::subscriber, subscriberId)
                .stream().findFirst();
    }

    public Subscriber get(UUID subscriberId) {
        return find(subscriberId).orElseThrow(() -> new NotFoundException("The subscription"));
    }

    @Transactional
    public Subscriber changePreferences(UUID subscriberId, Preferences preferences) {
        var now = clock.instant();
        var changed = jdbc.update("update subscribers set updated_at = ? where subscriber_id = ?", utc(now),
                subscriberId);
        if (changed == 0) {
            throw new NotFoundException("The subscription");
        }
        writePreferences(subscriberId, preferences, now);
        return get(subscriberId);
    }

    /** Stops all mail to the subscriber and records the withdrawal of consent; unsubscribing twice is harmless. */
    @Transactional
    public void unsubscribe(UUID subscriberId) {
        var now = clock.instant();
        jdbc.update("update subscribers set status = 'UNSUBSCRIBED', updated_at = ? where subscriber_id = ? "
                + "and status <> 'UNSUBSCRIBED'", utc(now), subscriberId);
        jdbc.update("update consents set withdrawn_at = ? where subscriber_id = ? and withdrawn_at is null",
                utc(now), subscriberId);
    }

    /**
     * Deletes everything personal about the subscriber (address, preferences, consents, delivery log) and keeps only a
     * hashed suppression entry, so the address is never mailed again unless its owner signs up anew.
     */
    @Transactional
    public void forget(UUID subscriberId) {
        var hash = jdbc.query("delete from subscribers where subscriber_id = ? returning email_hash",
                (row, n) -> row.getString(1), subscriberId).stream().findFirst();
        jdbc.update("delete from deliveries where subscriber_id = ?", subscriberId);
        hash.ifPresent(emailHash -> suppress(emailHash, "FORGOTTEN"));
    }

    /** Suppresses an address after a hard bounce: nothing but a new confirmation is sent to it any more. */
    @Transactional
    public void suppressBouncedAddress(String email) {
        suppress(hashes.hash(email), "HARD_BOUNCE");
    }

    public boolean isSuppressed(String email) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists(select 1 from suppressions where email_hash = ?)",
                Boolean.class, hashes.hash(email)));
    }

    private boolean isSuppressedMailbox(String email) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists(select 1 from suppressions where email_hash in (?, ?))", Boolean.class,
                hashes.hash(email), hashes.hash(AddressHashes.mailbox(email))));
    }

    /**
     * Deletes the sign-ups nobody confirmed before {@code cutoff}: a pending subscriber whose last sign-up is older
     * (with its consents, themes and the confirmation mail's log entry), and any other unconfirmed consent that old.
     * Confirmed consents stay as evidence. Safe on several instances at once: a row another instance deleted first is
     * simply not found, and a sign-up or confirmation in progress holds its row, which is rechecked.
     *
     * @return how many subscribers and consents were deleted
     */
    @Transactional
    public PurgedSignUps purgeUnconfirmedBefore(Instant cutoff) {
        var subscribers = jdbc.queryForObject("""
                with purged as (
                    delete from subscribers where status = 'PENDING' and updated_at < ? returning subscriber_id),
                logged as (delete from deliveries where subscriber_id in (select subscriber_id from purged))
                select count(*) from purged""", Integer.class, utc(cutoff));
        var consents = jdbc.update("delete from consents where confirmed_at is null and requested_at < ?", utc(cutoff));
        return new PurgedSignUps(subscribers, consents);
    }

    /** What one purge deleted; {@code consents} counts those of subscribers that stay. */
    public record PurgedSignUps(int subscribers, int consents) {
    }

    /** The consent evidence for an address, oldest first; empty when it never signed up or was forgotten. */
    public List<Consent> consents(String email) {
        return jdbc.query("""
                select c.consent_id, c.requested_at, c.form, c.wording_version, c.requested_preferences::text,
                    c.confirmed_at, c.withdrawn_at
                from consents c join subscribers s using (subscriber_id)
                where s.email = ? order by c.requested_at""", (row, n) -> new Consent(row.getObject(1, UUID.class),
                        instant(row.getTimestamp(2)), row.getString(3), row.getString(4),
                        JSON.readValue(row.getString(5), Preferences.class), instant(row.getTimestamp(6)),
                        instant(row.getTimestamp(7))), AddressHashes.normalise(email));
    }

    private void suppress(String emailHash, String reason) {
        jdbc.update("""
                insert into suppressions (email_hash, reason, suppressed_at) values (?, ?, ?)
                on conflict (email_hash) do update set reason = excluded.reason, suppressed_at = excluded.suppressed_at""",
                emailHash, reason, utc(clock.instant()));
    }

    private void writePreferences(UUID subscriberId, Preferences preferences, Instant now) {
        jdbc.update("update subscribers set language = ?, newsletter = ?, event_news = ?, updated_at = ? "
                + "where subscriber_id = ?", preferences.language(), preferences.newsletter(), preferences.eventNews(),
                utc(now), subscriberId);
        jdbc.update("delete from subscriber_themes where subscriber_id = ?", subscriberId);
        jdbc.batchUpdate("insert into subscriber_themes (theme, subscriber_id) values (?, ?)",
                preferences.themes().stream().map(theme -> new Object[] {theme, subscriberId}).toList());
    }

    private static Subscriber subscriber(ResultSet row, int rowNumber) throws SQLException {
        return new Subscriber(row.getObject("subscriber_id", UUID.class), row.getString("email"),
                SubscriberStatus.valueOf(row.getString("status")),
                new Preferences(row.getString("language"), row.getBoolean("newsletter"), row.getBoolean("event_news"),
                        themes(row.getArray("themes"))));
    }

    private static Set<String> themes(Array array) throws SQLException {
        return Set.of((String[]) array.getArray());
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static java.time.OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private record PendingConsent(UUID subscriberId, Preferences requested, Timestamp confirmedAt) {
    }
}
