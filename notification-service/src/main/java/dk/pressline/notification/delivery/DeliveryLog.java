package dk.pressline.notification.delivery;

import dk.pressline.events.notification.DeliveryRequested;
import java.time.Instant;
import java.time.ZoneOffset;
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

    /** Whether this call claimed the mail; false when it is sent, or being sent, already. */
    boolean claim(DeliveryRequested request, Instant now) {
        return jdbc.update("""
                insert into deliveries (delivery_id, subscriber_id, kind, reference, state, claimed_at)
                values (?, ?, ?, ?, 'SENDING', ?) on conflict do nothing""",
                request.deliveryId(), request.subscriberId(), request.kind().name(), request.reference(),
                now.atOffset(ZoneOffset.UTC)) == 1;
    }

    void release(DeliveryRequested request) {
        jdbc.update("delete from deliveries where delivery_id = ? and state = 'SENDING'", request.deliveryId());
    }

    void markSent(DeliveryRequested request, Instant now) {
        jdbc.update("update deliveries set state = 'SENT', sent_at = ? where delivery_id = ?",
                now.atOffset(ZoneOffset.UTC), request.deliveryId());
    }
}
