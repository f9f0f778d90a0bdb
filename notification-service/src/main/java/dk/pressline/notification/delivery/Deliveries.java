package dk.pressline.notification.delivery;

import dk.pressline.events.notification.DeliveryKind;
import dk.pressline.events.notification.DeliveryRequested;
import dk.pressline.platform.outbox.EventOutbox;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the mail a delivery request asks for, at most once: only to a confirmed, unsuppressed subscriber (or, for a
 * confirmation, to whoever asked for it), and only if the delivery log does not have it already. A failed send
 * throws, leaving the mail to be retried. One statement per batch looks the recipients up and claims
 * their mails; the marks of mails sent are written in batches too.
 */
@Service
public class Deliveries {

    public static final String SENT_METRIC = "pressline.notifications.mails.sent";
    public static final String FAILED_METRIC = "pressline.notifications.mails.failed";
    public static final String ALREADY_SENT_METRIC = "pressline.notifications.mails.already-sent";

    private static final Logger log = LoggerFactory.getLogger(Deliveries.class);

    private final DeliveryLog deliveryLog;
    private final Mailer mailer;
    private final EventOutbox outbox;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Map<DeliveryKind, MailComposer> composers = new EnumMap<>(DeliveryKind.class);
    private final Counter sent;
    private final Counter failed;
    private final Counter alreadySent;

    Deliveries(DeliveryLog deliveryLog, Mailer mailer, EventOutbox outbox,
            TransactionTemplate transactions, Clock clock, List<MailComposer> composers, MeterRegistry meters) {
        this.deliveryLog = deliveryLog;
        this.mailer = mailer;
        this.outbox = outbox;
        this.transactions = transactions;
        this.clock = clock;
        composers.forEach(composer -> this.composers.put(composer.kind(), composer));
        this.sent = Counter.builder(SENT_METRIC).description("Mails the SMTP server accepted").register(meters);
        this.failed = Counter.builder(FAILED_METRIC).description("Mails the SMTP server did not take, to be retried")
                .register(meters);
        this.alreadySent = Counter.builder(ALREADY_SENT_METRIC)
                .description("Redelivered requests for mails the delivery log has already").register(meters);
    }

    /**
     * Sends the mails of a batch of requests in order, claiming them all in one statement first. Stops at the first
     * mail the SMTP server does not take, or when sending is to stop (shutdown): that mail and every later one of the
     * batch get their claims back, and {@link DeliveryFailedException} names the first of them, to be retried.
     *
     * @return how many mails this call sent
     */
    public int deliverAll(List<DeliveryRequested> batch, BooleanSupplier keepSending) {
        var requests = batch.stream().filter(request -> composers.containsKey(request.kind())).toList();
        var claims = deliveryLog.claim(requests, clock.instant());
        var marked = new ArrayList<Sent>();
        var seen = new HashSet<UUID>();
        try {
            for (int index = 0; index < batch.size(); index++) {
                var request = batch.get(index);
                var claim = claims.get(request.deliveryId());
                if (!seen.add(request.deliveryId())) {
                    alreadySent.increment();
                    continue;
                }
                if (claim == null) {
                    log.debug("Delivery {} skipped: subscriber {} is not to be mailed", request.deliveryId(),
                            request.subscriberId());
                    continue;
                }
                if (!claim.claimed()) {
                    alreadySent.increment();
                    continue;
                }
                if (!keepSending.getAsBoolean()) {
                    throw giveBack(batch, index, claims, null);
                }
                var mail = composers.get(request.kind()).compose(claim.recipient(), request.reference());
                if (mail.isEmpty()) {
                    deliveryLog.release(List.of(request));
                    continue;
                }
                try {
                    mailer.send(mail.get(), claim.recipient());
                }
                catch (Exception e) {
                    failed.increment();
                    throw giveBack(batch, index, claims, e);
                }
                sent.increment();
                marked.add(new Sent(request, mail.get()));
            }
            return marked.size();
        }
        finally {
            mark(marked);
        }
    }

    private DeliveryFailedException giveBack(List<DeliveryRequested> batch, int from, Map<UUID, DeliveryLog.Claim> claims,
            Exception cause) {
        deliveryLog.release(batch.subList(from, batch.size()).stream()
                .filter(request -> claims.containsKey(request.deliveryId())
                        && claims.get(request.deliveryId()).claimed())
                .toList());
        return new DeliveryFailedException(batch.get(from), from, cause);
    }

    private void mark(List<Sent> sentMails) {
        var now = clock.instant();
        var withEvents = new ArrayList<Sent>();
        for (var mail : sentMails) {
            if (mail.mail().afterSending().isEmpty()) {
                deliveryLog.markSentSoon(mail.request(), now);
            }
            else {
                withEvents.add(mail);
            }
        }
        if (!withEvents.isEmpty()) {
            transactions.executeWithoutResult(status -> withEvents.forEach(mail -> {
                deliveryLog.markSent(mail.request(), now);
                mail.mail().afterSending().forEach(outbox::append);
            }));
        }
    }

    private record Sent(DeliveryRequested request, ComposedMail mail) {
    }

    /** A mail of a batch was not sent; it and the later ones are to be retried. */
    public static class DeliveryFailedException extends RuntimeException {

        private final int index;

        DeliveryFailedException(DeliveryRequested request, int index, Throwable cause) {
            super(cause == null
                    ? "Sending stopped before delivery " + request.deliveryId()
                    : "Delivery " + request.deliveryId() + " (" + request.kind() + " " + request.reference()
                            + ") was not accepted by the SMTP server: " + cause.getMessage(), cause);
            this.index = index;
        }

        /** Where in its batch the first mail not sent is. */
        public int index() {
            return index;
        }
    }
}
