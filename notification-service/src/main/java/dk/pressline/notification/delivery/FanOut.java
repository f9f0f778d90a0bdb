package dk.pressline.notification.delivery;

import dk.pressline.events.notification.DeliveryKind;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Queues one mail for every subscriber a query finds, streaming the ids from PostgreSQL (a cursor inside a read
 * transaction) into the {@link DeliveryQueue}, so a fan-out to 100,000 subscribers never holds them all in memory.
 */
@Component
public class FanOut {

    private final DeliveryQueue queue;
    private final DeliveryRepository deliveries;
    private final TransactionTemplate transactions;

    FanOut(DeliveryQueue queue, DeliveryRepository deliveries, TransactionTemplate transactions) {
        this.queue = queue;
        this.deliveries = deliveries;
        this.transactions = transactions;
    }

    /**
     * Queues the mail for every subscriber id the query selects (its first column).
     *
     * @return how many were queued
     */
    public int toSubscribers(DeliveryKind kind, String reference, String subscriberIdQuery, Object... arguments) {
        Integer queued = transactions.execute(status -> deliveries.withSubscriberIds(
                subscriberIdQuery, arguments, subscribers -> queue.enqueue(kind, reference, subscribers)));
        return queued == null ? 0 : queued;
    }
}
