package dk.pressline.notification.delivery;

import dk.pressline.events.notification.DeliveryKind;
import dk.pressline.events.notification.DeliveryRequested;
import dk.pressline.platform.tracing.CarriedTrace;
import dk.pressline.platform.tracing.EventTracing;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Span;
import jakarta.mail.MessagingException;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Sends the mail a delivery request asks for: only to a confirmed, unsuppressed subscriber (or, for a confirmation, to
 * whoever asked for it), and only if the delivery log does not have it already. One statement per batch looks the
 * recipients up and claims their mails; each mail is marked sent right after the SMTP server took it, the marks written
 * in batches. A mail not handed to SMTP (the server refused it, composing it failed, sending is to stop) gets its claim
 * back, with every later one of its batch, and the exception names it, to be retried. Each mail is handed to SMTP in a
 * span ({@value #SEND_MAIL_SPAN}) of the trace its request carried, the trace of the article that caused it.
 */
@Service
public class Deliveries {

    public static final String SENT_METRIC = "pressline.notifications.mails.sent";
    public static final String FAILED_METRIC = "pressline.notifications.mails.failed";
    public static final String ALREADY_SENT_METRIC = "pressline.notifications.mails.already-sent";
    public static final String SEND_MAIL_SPAN = "send mail";

    private static final Logger log = LoggerFactory.getLogger(Deliveries.class);

    private final DeliveryLog deliveryLog;
    private final Mailer mailer;
    private final Clock clock;
    private final Map<DeliveryKind, MailComposer> composers = new EnumMap<>(DeliveryKind.class);
    private final Counter sent;
    private final Counter failed;
    private final Counter alreadySent;
    private final EventTracing tracing;

    Deliveries(
            DeliveryLog deliveryLog,
            Mailer mailer,
            Clock clock,
            List<MailComposer> composers,
            MeterRegistry meters,
            EventTracing tracing) {
        this.tracing = tracing;
        this.deliveryLog = deliveryLog;
        this.mailer = mailer;
        this.clock = clock;
        composers.forEach(composer -> this.composers.put(composer.kind(), composer));
        this.sent = Counter.builder(SENT_METRIC)
                .description("Mails the SMTP server accepted")
                .register(meters);
        this.failed = Counter.builder(FAILED_METRIC)
                .description("Mails not sent for a passing reason (the SMTP server refused, composing failed), to be "
                        + "retried")
                .register(meters);
        this.alreadySent = Counter.builder(ALREADY_SENT_METRIC)
                .description("Redelivered requests for mails the delivery log has already")
                .register(meters);
    }

    /**
     * Sends the mails of a batch of requests in order, claiming them all in one statement first. Stops at the first
     * mail the SMTP server does not take or that cannot be composed, when sending is to stop (shutdown), or at a mail
     * another sender holds the claim of: that mail and every later one of the batch get this call's claims back, and
     * {@link DeliveryFailedException} names the first of them, to be retried ({@link DeliveryHeldException} for a held
     * one, to be retried once the holder has marked it sent or its lease has run out).
     *
     * @param traces the trace each request's record carried
     * @return how many mails this call sent
     */
    public int deliverAll(
            List<DeliveryRequested> batch,
            Function<DeliveryRequested, CarriedTrace> traces,
            BooleanSupplier keepSending) {
        var requests = batch.stream()
                .filter(request -> composers.containsKey(request.kind()))
                .toList();
        var claims = deliveryLog.claim(requests, clock.instant());
        var seen = new HashSet<UUID>();
        int sentMails = 0;
        for (int index = 0; index < batch.size(); index++) {
            var request = batch.get(index);
            var claim = claims.of(request);
            if (!seen.add(request.deliveryId())) {
                alreadySent.increment();
                continue;
            }
            if (claim == null) {
                log.debug(
                        "Delivery {} skipped: subscriber {} is not to be mailed",
                        request.deliveryId(),
                        request.subscriberId());
                continue;
            }
            if (claim.outcome() == DeliveryLog.Outcome.SENT) {
                alreadySent.increment();
                continue;
            }
            if (claim.outcome() == DeliveryLog.Outcome.HELD) {
                throw giveBack(batch, index, claims, new DeliveryHeldException(request, index, deliveryLog.lease()));
            }
            if (!keepSending.getAsBoolean()) {
                throw giveBack(
                        batch,
                        index,
                        claims,
                        new DeliveryFailedException(
                                index, "Sending stopped before delivery " + request.deliveryId(), null));
            }
            ComposedMail mail;
            try {
                var composed = composers.get(request.kind()).compose(claim.recipient(), request.reference());
                if (composed.isEmpty()) {
                    deliveryLog.release(List.of(request), claims);
                    continue;
                }
                var composedMail = composed.get();
                tracing.run(
                        traces.apply(request),
                        SEND_MAIL_SPAN,
                        Span.Kind.CLIENT,
                        () -> mailer.send(request.deliveryId(), composedMail, claim.recipient()));
                mail = composedMail;
            } catch (MessagingException e) {
                failed.increment();
                throw giveBack(
                        batch,
                        index,
                        claims,
                        unreachable(e)
                                ? new SmtpUnreachableException(
                                        index,
                                        describe(request) + " was not sent: the SMTP server could not be reached: "
                                                + e.getMessage(),
                                        e)
                                : new DeliveryFailedException(
                                        index,
                                        describe(request) + " was not accepted by the SMTP server: " + e.getMessage(),
                                        e));
            } catch (RuntimeException e) {
                failed.increment();
                throw giveBack(
                        batch,
                        index,
                        claims,
                        new DeliveryFailedException(index, describe(request) + " could not be composed: " + e, e));
            }
            sent.increment();
            composers.get(request.kind()).sent(mail);
            sentMails++;
            deliveryLog.markSentSoon(request, clock.instant(), mail.afterSending());
        }
        return sentMails;
    }

    /** No answer from the server at all (refused, reset, timed out), rather than an answer refusing the mail. */
    private static boolean unreachable(MessagingException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    private static String describe(DeliveryRequested request) {
        return "Delivery " + request.deliveryId() + " (" + request.kind() + " " + request.reference() + ")";
    }

    /**
     * Gives back the claims this call made from {@code from} on, and returns the failure to throw. A mail requested
     * twice in the batch, sent before {@code from}, keeps its claim: its mark may not be written yet.
     */
    private DeliveryFailedException giveBack(
            List<DeliveryRequested> batch, int from, DeliveryLog.Claims claims, DeliveryFailedException failure) {
        var handled = batch.subList(0, from).stream()
                .map(DeliveryRequested::deliveryId)
                .collect(Collectors.toSet());
        deliveryLog.release(
                batch.subList(from, batch.size()).stream()
                        .filter(request -> !handled.contains(request.deliveryId())
                                && claims.of(request) != null
                                && claims.of(request).outcome() == DeliveryLog.Outcome.CLAIMED)
                        .toList(),
                claims);
        return failure;
    }

    /** A mail of a batch was not sent; it and the later ones are to be retried. */
    public static class DeliveryFailedException extends RuntimeException {

        private final int index;

        DeliveryFailedException(int index, String message, Throwable cause) {
            super(message, cause);
            this.index = index;
        }

        /** Where in its batch the first mail not sent is. */
        public int index() {
            return index;
        }
    }

    /**
     * The SMTP server could not be reached: the mail and the later ones wait for it, however long it is away, as they
     * would for the database.
     */
    public static class SmtpUnreachableException extends DeliveryFailedException {

        SmtpUnreachableException(int index, String message, Throwable cause) {
            super(index, message, cause);
        }
    }

    /**
     * Another sender claimed a mail of the batch within the lease and has not marked it sent: it is sending it now, or
     * it died, and then the mail is sent once the lease has run out.
     */
    public static class DeliveryHeldException extends DeliveryFailedException {

        DeliveryHeldException(DeliveryRequested request, int index, Duration lease) {
            super(
                    index,
                    describe(request) + " is claimed by another sender; waiting for it to be marked sent, or for "
                            + "the claim's lease of " + lease + " to run out",
                    null);
        }
    }
}
