package dk.pressline.notification.delivery;

import dk.pressline.events.notification.DeliveryRequested;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/**
 * One row per mail, unique per (subscriber, kind, reference). A mail is claimed before it is handed to SMTP and marked
 * sent after; a failed send gives its claim back. A claim left behind by a crash in the moment between SMTP accepting
 * a mail and the mark is never sent again: a mail may then be missing, but is never sent twice.
 */
@Component
class DeliveryLog implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DeliveryLog.class);
    private static final Duration MARK_INTERVAL = Duration.ofMillis(200);

    private final JdbcTemplate jdbc;
    private final Queue<Mark> marks = new ConcurrentLinkedQueue<>();
    private volatile ScheduledExecutorService marker;

    DeliveryLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Looks the recipients of a batch of requests up and claims, in one statement, each mail whose subscriber is to be
     * mailed it. A request is missing from the answer when its subscriber is gone, unconfirmed, unsubscribed or
     * suppressed (a confirmation mail goes to whoever asked for it); otherwise the claim says whether this call
     * claimed the mail, false when it is sent, or being sent, already.
     */
    Map<UUID, Claim> claim(List<DeliveryRequested> batch, Instant now) {
        var claims = new HashMap<UUID, Claim>();
        var requests = batch.stream().filter(distinctBy(DeliveryRequested::deliveryId)).toList();
        if (requests.isEmpty()) {
            return claims;
        }
        jdbc.query(connection -> {
            var statement = connection.prepareStatement("""
                    with request as (
                        select * from unnest(?::uuid[], ?::uuid[], ?::text[], ?::text[])
                            as r(delivery_id, subscriber_id, kind, reference)),
                    recipient as (
                        select r.delivery_id, r.subscriber_id, r.kind, r.reference, s.email, s.language, s.event_news
                        from request r join subscribers s using (subscriber_id)
                        where r.kind = 'SUBSCRIPTION_CONFIRMATION' or (s.status = 'ACTIVE'
                            and not exists(select 1 from suppressions x where x.email_hash = s.email_hash))),
                    claimed as (
                        insert into deliveries (delivery_id, subscriber_id, kind, reference, state, claimed_at)
                        select delivery_id, subscriber_id, kind, reference, 'SENDING', ? from recipient
                        on conflict do nothing returning delivery_id)
                    select r.delivery_id, r.subscriber_id, r.email, r.language, r.event_news,
                        r.delivery_id in (select delivery_id from claimed) as claimed
                    from recipient r""");
            statement.setArray(1, connection.createArrayOf("uuid",
                    requests.stream().map(DeliveryRequested::deliveryId).toArray()));
            statement.setArray(2, connection.createArrayOf("uuid",
                    requests.stream().map(DeliveryRequested::subscriberId).toArray()));
            statement.setArray(3, connection.createArrayOf("text",
                    requests.stream().map(request -> request.kind().name()).toArray()));
            statement.setArray(4, connection.createArrayOf("text",
                    requests.stream().map(DeliveryRequested::reference).toArray()));
            statement.setObject(5, now.atOffset(ZoneOffset.UTC));
            return statement;
        }, (RowCallbackHandler) row -> claims.put(row.getObject("delivery_id", UUID.class), new Claim(
                new Recipient(row.getObject("subscriber_id", UUID.class), row.getString("email"),
                        row.getString("language"), row.getBoolean("event_news")), row.getBoolean("claimed"))));
        return claims;
    }

    private static <T> Predicate<T> distinctBy(Function<T, ?> key) {
        var seen = new HashSet<>();
        return item -> seen.add(key.apply(item));
    }

    /** Gives the claims of mails that were not sent back, so the mails are sent when their requests come again. */
    void release(Collection<DeliveryRequested> requests) {
        if (requests.isEmpty()) {
            return;
        }
        jdbc.update(connection -> {
            var statement = connection.prepareStatement(
                    "delete from deliveries where delivery_id = any(?) and state = 'SENDING'");
            statement.setArray(1, connection.createArrayOf("uuid",
                    requests.stream().map(DeliveryRequested::deliveryId).toArray()));
            return statement;
        });
    }

    void markSent(DeliveryRequested request, Instant now) {
        jdbc.update("update deliveries set state = 'SENT', sent_at = ? where delivery_id = ?",
                now.atOffset(ZoneOffset.UTC), request.deliveryId());
    }

    /**
     * Marks the mail sent with the next batch of marks, a fraction of a second later. The claim already keeps the mail
     * from being sent again; the mark only records that it went, so losing it in a crash loses no mail and sends none
     * twice (the claim stays, as after a crash between SMTP and an immediate mark).
     */
    void markSentSoon(DeliveryRequested request, Instant now) {
        marks.add(new Mark(request.deliveryId(), now));
    }

    private void writeMarks() {
        var ids = new ArrayList<UUID>();
        var times = new ArrayList<OffsetDateTime>();
        for (Mark mark; ids.size() < 10_000 && (mark = marks.poll()) != null; ) {
            ids.add(mark.deliveryId());
            times.add(mark.sentAt().atOffset(ZoneOffset.UTC));
        }
        if (ids.isEmpty()) {
            return;
        }
        try {
            jdbc.update(connection -> {
                var statement = connection.prepareStatement("""
                        update deliveries d set state = 'SENT', sent_at = m.sent_at
                        from unnest(?::uuid[], ?::timestamptz[]) as m(delivery_id, sent_at)
                        where d.delivery_id = m.delivery_id""");
                statement.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
                statement.setArray(2, connection.createArrayOf("timestamptz", times.toArray()));
                return statement;
            });
        }
        catch (DataAccessException e) {
            log.warn("Could not mark {} sent mails in the delivery log; they stay claimed, and are not sent again",
                    ids.size(), e);
        }
    }

    @Override
    public void start() {
        var started = Executors.newSingleThreadScheduledExecutor(task -> {
            var thread = new Thread(task, "delivery-log-marks");
            thread.setDaemon(true);
            return thread;
        });
        started.scheduleWithFixedDelay(this::writeMarks, MARK_INTERVAL.toMillis(), MARK_INTERVAL.toMillis(),
                TimeUnit.MILLISECONDS);
        marker = started;
    }

    /** Stops after the senders (a lower phase), writing the marks they left. */
    @Override
    public void stop() {
        var stopping = marker;
        marker = null;
        if (stopping != null) {
            stopping.shutdown();
            try {
                stopping.awaitTermination(10, TimeUnit.SECONDS);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            while (!marks.isEmpty()) {
                writeMarks();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return marker != null;
    }

    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 2048;
    }

    private record Mark(UUID deliveryId, Instant sentAt) {
    }

    /** The recipient of a mail, and whether this call claimed the mail. */
    record Claim(Recipient recipient, boolean claimed) {
    }
}
