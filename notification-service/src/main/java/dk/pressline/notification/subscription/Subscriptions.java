package dk.pressline.notification.subscription;

import dk.pressline.events.notification.DeliveryKind;
import dk.pressline.events.notification.DeliveryRequested;
import dk.pressline.platform.outbox.EventOutbox;
import dk.pressline.platform.web.NotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-up with double opt-in, confirmation, preferences, unsubscribing and being forgotten. Every change that needs a
 * mail queues it through the outbox in the same transaction, so a sign-up is never stored without its confirmation
 * mail, nor the other way round.
 */
@Service
public class Subscriptions {

    private static final Logger log = LoggerFactory.getLogger(Subscriptions.class);
    /** However often a form is submitted for an address, it gets at most one confirmation mail in this time. */
    private static final Duration CONFIRMATION_MAIL_INTERVAL = Duration.ofMinutes(10);

    private final SubscriberRepository subscribers;
    private final EventOutbox outbox;
    private final AddressHashes hashes;
    private final Clock clock;

    Subscriptions(SubscriberRepository subscribers, EventOutbox outbox, AddressHashes hashes, Clock clock) {
        this.subscribers = subscribers;
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
        if (subscribers.isEitherSuppressed(hashes.hash(email), hashes.hash(AddressHashes.mailbox(email)))) {
            log.info("A sign-up for a suppressed address was answered as any other, and nothing was stored or sent");
            return Optional.empty();
        }
        var existing = subscribers.lockSubscriberOf(email);
        // A pending subscriber signing up again is not purged under this sign-up (UnconfirmedSignUpPurge).
        existing.ifPresent(id -> subscribers.touchPending(id, now));
        var subscriberId = existing.orElseGet(() -> {
            var id = UUID.randomUUID();
            subscribers.insertPending(id, email, hashes.hash(email), signUp.preferences(), now);
            return id;
        });
        var consentId = UUID.randomUUID();
        subscribers.insertConsent(consentId, subscriberId, now, signUp);
        if (subscribers.hasOtherUnconfirmedConsentSince(
                subscriberId, consentId, now.minus(CONFIRMATION_MAIL_INTERVAL))) {
            log.info(
                    "Sign-up {} recorded without a confirmation mail: one went to the address less than {} ago",
                    consentId,
                    CONFIRMATION_MAIL_INTERVAL);
            return Optional.of(consentId);
        }
        outbox.append(new DeliveryRequested(
                UUID.randomUUID(),
                now,
                UUID.randomUUID(),
                subscriberId,
                DeliveryKind.SUBSCRIPTION_CONFIRMATION,
                consentId.toString()));
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
        var consent = subscribers.lockConsent(consentId).orElseThrow(InvalidLinkException::new);
        if (consent.confirmedAt() == null) {
            subscribers.confirm(consentId, consent, now);
        }
        return find(consent.subscriberId()).orElseThrow(InvalidLinkException::new);
    }

    public Optional<Subscriber> find(UUID subscriberId) {
        return subscribers.find(subscriberId);
    }

    public Subscriber get(UUID subscriberId) {
        return find(subscriberId).orElseThrow(() -> new NotFoundException("The subscription"));
    }

    @Transactional
    public Subscriber changePreferences(UUID subscriberId, Preferences preferences) {
        if (!subscribers.changePreferences(subscriberId, preferences, clock.instant())) {
            throw new NotFoundException("The subscription");
        }
        return get(subscriberId);
    }

    /** Stops all mail to the subscriber and records the withdrawal of consent; unsubscribing twice is harmless. */
    @Transactional
    public void unsubscribe(UUID subscriberId) {
        subscribers.unsubscribe(subscriberId, clock.instant());
    }

    /**
     * Deletes everything personal about the subscriber (address, preferences, consents, delivery log) and keeps only a
     * hashed suppression entry, so the address is never mailed again unless its owner signs up anew.
     */
    @Transactional
    public void forget(UUID subscriberId) {
        subscribers.delete(subscriberId).ifPresent(emailHash -> suppress(emailHash, "FORGOTTEN"));
    }

    /** Suppresses an address after a hard bounce: nothing but a new confirmation is sent to it any more. */
    @Transactional
    public void suppressBouncedAddress(String email) {
        suppress(hashes.hash(email), "HARD_BOUNCE");
    }

    public boolean isSuppressed(String email) {
        return subscribers.isSuppressed(hashes.hash(email));
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
        var purged = subscribers.deletePendingBefore(cutoff);
        var consents = subscribers.deleteUnconfirmedConsentsBefore(cutoff);
        return new PurgedSignUps(purged, consents);
    }

    /** What one purge deleted; {@code consents} counts those of subscribers that stay. */
    public record PurgedSignUps(int subscribers, int consents) {}

    /** The consent evidence for an address, oldest first; empty when it never signed up or was forgotten. */
    public List<Consent> consents(String email) {
        return subscribers.consents(AddressHashes.normalise(email));
    }

    private void suppress(String emailHash, String reason) {
        subscribers.suppress(emailHash, reason, clock.instant());
    }
}
