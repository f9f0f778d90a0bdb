package dk.pressline.notification.delivery;

import dk.pressline.events.notification.DeliveryKind;
import dk.pressline.events.notification.DeliveryRequested;
import dk.pressline.platform.outbox.EventOutbox;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the mail a delivery request asks for, at most once: only to a confirmed, unsuppressed subscriber (or, for a
 * confirmation, to whoever asked for it), and only if the delivery log does not have it already. A failed send
 * throws, leaving the mail to be retried. One statement per mail, the lookup with the claim; the marks
 * of mails sent are written in batches.
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

    /** Whether the mail was sent by this call. */
    public boolean deliver(DeliveryRequested request) {
        var composer = composers.get(request.kind());
        if (composer == null) {
            log.warn("Delivery {} skipped: no mail of kind {} is known here", request.deliveryId(), request.kind());
            return false;
        }
        var claim = deliveryLog.claim(request, clock.instant());
        if (claim.isEmpty()) {
            log.debug("Delivery {} skipped: subscriber {} is not to be mailed", request.deliveryId(),
                    request.subscriberId());
            return false;
        }
        if (!claim.get().claimed()) {
            alreadySent.increment();
            log.debug("Delivery {} skipped: the delivery log has it already", request.deliveryId());
            return false;
        }
        var recipient = claim.get().recipient();
        var mail = composer.compose(recipient, request.reference());
        if (mail.isEmpty()) {
            deliveryLog.release(request);
            log.debug("Delivery {} skipped: nothing to send for {} {}", request.deliveryId(), request.kind(),
                    request.reference());
            return false;
        }
        try {
            mailer.send(mail.get(), recipient);
        }
        catch (Exception e) {
            deliveryLog.release(request);
            failed.increment();
            throw new DeliveryFailedException(request, e);
        }
        if (mail.get().afterSending().isEmpty()) {
            deliveryLog.markSentSoon(request, clock.instant());
        }
        else {
            transactions.executeWithoutResult(status -> {
                deliveryLog.markSent(request, clock.instant());
                mail.get().afterSending().forEach(outbox::append);
            });
        }
        sent.increment();
        return true;
    }

    /** The SMTP server did not take a mail; it is to be retried. */
    public static class DeliveryFailedException extends RuntimeException {

        DeliveryFailedException(DeliveryRequested request, Throwable cause) {
            super("Delivery " + request.deliveryId() + " (" + request.kind() + " " + request.reference()
                    + ") was not accepted by the SMTP server: " + cause.getMessage(), cause);
        }
    }
}
