package dk.pressline.notification.delivery;

import dk.pressline.events.PresslineEvent;
import dk.pressline.events.notification.DeliveryRequested;
import dk.pressline.platform.outbox.EventOutbox;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
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
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One row per mail, unique per (subscriber, kind, reference). A mail is claimed before it is handed to SMTP and marked
 * sent right after the server took it; a mail not handed over gets its claim back. A claim carries when it was made:
 * a claim older than the lease whose mail was never marked sent (its sender died, or failed before giving it back) is
 * taken over by the next request for the mail, which sends it; a younger one is left to the sender that holds it.
 */
@Component
class DeliveryLog implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DeliveryLog.class);
    private static final Duration MARK_INTERVAL = Duration.ofMillis(200);
    private static final int MARKS_PER_WRITE = 10_000;
    private static final int MARK_WRITES_ON_STOP = 3;

    private final DeliveryRepository deliveries;
    private final TransactionTemplate transactions;
    private final EventOutbox outbox;
    private final Duration lease;
    private final Queue<Mark> marks = new ConcurrentLinkedQueue<>();
    private volatile ScheduledExecutorService marker;

    DeliveryLog(DeliveryRepository deliveries, TransactionTemplate transactions, EventOutbox outbox, ClaimLease lease) {
        this.deliveries = deliveries;
        this.transactions = transactions;
        this.outbox = outbox;
        this.lease = lease.duration();
    }

    /** How long a claim keeps other senders from a mail that is not marked sent. */
    Duration lease() {
        return lease;
    }

    /**
     * Looks the recipients of a batch of requests up and claims, in one statement, each mail whose subscriber is to be
     * mailed it: a mail nobody claimed yet, or one whose claim has outlived the lease. A request is missing from the
     * answer when its subscriber is gone, unconfirmed, unsubscribed or suppressed (a confirmation mail goes to
     * whoever asked for it); otherwise the claim says whether this call claimed the mail, or it is sent already, or
     * another sender holds it.
     */
    Claims claim(List<DeliveryRequested> batch, Instant now) {
        var at = now.truncatedTo(ChronoUnit.MICROS);
        var requests =
                batch.stream().filter(distinctBy(DeliveryRequested::deliveryId)).toList();
        if (requests.isEmpty()) {
            return new Claims(at, Map.of());
        }
        return new Claims(at, deliveries.claim(requests, at, at.minus(lease)));
    }

    private static <T> Predicate<T> distinctBy(Function<T, ?> key) {
        var seen = new HashSet<>();
        return item -> seen.add(key.apply(item));
    }

    /**
     * Gives back the claims these calls made on mails that were not sent, so the mails are sent when their requests
     * come again; a claim another sender has taken over meanwhile stays.
     */
    void release(Collection<DeliveryRequested> requests, Claims claims) {
        if (requests.isEmpty()) {
            return;
        }
        deliveries.release(requests, claims.at());
    }

    /**
     * Marks the mail sent with the next batch of marks, at most 200 ms later, and puts the events to publish once it
     * is sent (a sponsor impression) in the outbox in the same transaction. Until the mark is written the claim keeps
     * other senders from the mail for the lease; a mark that cannot be written (the database away) is tried again
     * with the next batch.
     */
    void markSentSoon(DeliveryRequested request, Instant sentAt, List<PresslineEvent> afterSending) {
        marks.add(new Mark(request.deliveryId(), sentAt, afterSending));
    }

    /** Writes the marks waiting; false when the database did not take them, and they wait for the next write. */
    private boolean writeMarks() {
        var batch = new ArrayList<Mark>();
        for (Mark mark; batch.size() < MARKS_PER_WRITE && (mark = marks.poll()) != null; ) {
            batch.add(mark);
        }
        if (batch.isEmpty()) {
            return true;
        }
        var plain = batch.stream().filter(mark -> mark.afterSending().isEmpty()).toList();
        var withEvents =
                batch.stream().filter(mark -> !mark.afterSending().isEmpty()).toList();
        var written = new ArrayList<Mark>();
        try {
            update(plain);
            written.addAll(plain);
            writeWithEvents(withEvents);
            written.addAll(withEvents);
            return true;
        } catch (DataAccessException e) {
            batch.stream().filter(mark -> !written.contains(mark)).forEach(marks::add);
            log.warn(
                    "Could not mark {} sent mails in the delivery log; trying again in {} ms",
                    batch.size() - written.size(),
                    MARK_INTERVAL.toMillis(),
                    e);
            return false;
        }
    }

    private void writeWithEvents(List<Mark> withEvents) {
        if (withEvents.isEmpty()) {
            return;
        }
        try {
            transactions.executeWithoutResult(status -> {
                update(withEvents);
                withEvents.forEach(mark -> mark.afterSending().forEach(outbox::append));
            });
        } catch (DuplicateKeyException e) {
            // A mail sent again after its lease ran out: its event may still wait in the outbox from the first time.
            for (var mark : withEvents) {
                try {
                    transactions.executeWithoutResult(status -> {
                        update(List.of(mark));
                        mark.afterSending().forEach(outbox::append);
                    });
                } catch (DuplicateKeyException waiting) {
                    update(List.of(mark));
                }
            }
        }
    }

    private void update(List<Mark> batch) {
        if (batch.isEmpty()) {
            return;
        }
        deliveries.markSent(batch);
    }

    @Override
    public void start() {
        var started = Executors.newSingleThreadScheduledExecutor(task -> {
            var thread = new Thread(task, "delivery-log-marks");
            thread.setDaemon(true);
            return thread;
        });
        started.scheduleWithFixedDelay(
                this::writeMarks, MARK_INTERVAL.toMillis(), MARK_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
        marker = started;
    }

    /** Stops after the senders (a lower phase), writing the marks they left. */
    @Override
    public void stop() {
        var stopping = marker;
        marker = null;
        if (stopping == null) {
            return;
        }
        stopping.shutdown();
        try {
            stopping.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (int failures = 0; !marks.isEmpty() && failures < MARK_WRITES_ON_STOP; ) {
            if (!writeMarks()) {
                failures++;
            }
        }
        if (!marks.isEmpty()) {
            log.error(
                    "Stopping with {} sent mails not marked in the delivery log: each is sent again if its request "
                            + "comes again after its claim's lease of {}",
                    marks.size(),
                    lease);
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

    record Mark(UUID deliveryId, Instant sentAt, List<PresslineEvent> afterSending) {}

    /** What a claim statement found for a mail. */
    enum Outcome {
        /** This call claimed the mail: it is to send it. */
        CLAIMED,
        /** The mail is sent. */
        SENT,
        /** Another sender claimed the mail within the lease and has not marked it sent yet. */
        HELD
    }

    /** The recipient of a mail, and what the claim statement found for it. */
    record Claim(Recipient recipient, Outcome outcome) {}

    /**
     * The claims of one statement, by delivery id.
     *
     * @param at when they were made, to the microsecond the database keeps: only a claim made then is given back
     */
    record Claims(Instant at, Map<UUID, Claim> byDelivery) {

        Claim of(DeliveryRequested request) {
            return byDelivery.get(request.deliveryId());
        }
    }
}
