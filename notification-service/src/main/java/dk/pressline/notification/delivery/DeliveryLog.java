package dk.pressline.notification.delivery;

import dk.pressline.events.notification.DeliveryKind;
import dk.pressline.events.notification.DeliveryRequested;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * One row per mail, unique per (subscriber, kind, reference). A mail is claimed before it is handed to SMTP and marked
 * sent after; a failed send gives its claim back. A claim left behind by a crash in the moment between SMTP accepting
 * a mail and the mark is never sent again: a mail may then be missing, but is never sent twice.
 */
@Component
class DeliveryLog {

    private final JdbcTemplate jdbc;

    DeliveryLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Looks the recipient up and, if the subscriber is to be mailed this kind of mail, claims the mail, in one
     * statement. Empty when the subscriber is gone, unconfirmed, unsubscribed or suppressed (a confirmation mail goes
     * to whoever asked for it); otherwise whether this call claimed it, false when it is sent, or being sent, already.
     */
    Optional<Claim> claim(DeliveryRequested request, Instant now) {
        return jdbc.query("""
                with recipient as (
                    select s.subscriber_id, s.email, s.language, s.event_news
                    from subscribers s
                    where s.subscriber_id = ? and (? or (s.status = 'ACTIVE'
                        and not exists(select 1 from suppressions x where x.email_hash = s.email_hash)))),
                claimed as (
                    insert into deliveries (delivery_id, subscriber_id, kind, reference, state, claimed_at)
                    select ?, subscriber_id, ?, ?, 'SENDING', ? from recipient
                    on conflict do nothing returning delivery_id)
                select r.email, r.language, r.event_news, exists(select 1 from claimed) as claimed from recipient r""",
                (row, n) -> new Claim(new Recipient(request.subscriberId(), row.getString("email"),
                        row.getString("language"), row.getBoolean("event_news")), row.getBoolean("claimed")),
                request.subscriberId(), request.kind() == DeliveryKind.SUBSCRIPTION_CONFIRMATION,
                request.deliveryId(), request.kind().name(), request.reference(), now.atOffset(ZoneOffset.UTC))
                .stream().findFirst();
    }

    void release(DeliveryRequested request) {
        jdbc.update("delete from deliveries where delivery_id = ? and state = 'SENDING'", request.deliveryId());
    }

    void markSent(DeliveryRequested request, Instant now) {
        jdbc.update("update deliveries set state = 'SENT', sent_at = ? where delivery_id = ?",
                now.atOffset(ZoneOffset.UTC), request.deliveryId());
    }

    /** The recipient of a mail, and whether this call claimed the mail. */
    record Claim(Recipient recipient, boolean claimed) {
    }
}
