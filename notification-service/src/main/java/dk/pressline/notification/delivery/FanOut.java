package dk.pressline.notification.delivery;

import dk.pressline.events.notification.DeliveryKind;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Queues one mail for every subscriber a query finds, streaming the ids from PostgreSQL (a cursor inside a read
 * transaction) into the {@link DeliveryQueue}, so a fan-out to 100,000 subscribers never holds them all in memory.
 */
@Component
public class FanOut {

    private static final int FETCH_SIZE = 10_000;

    private final DeliveryQueue queue;
    private final JdbcTemplate streaming;
    private final TransactionTemplate transactions;

    FanOut(DeliveryQueue queue, DataSource dataSource, TransactionTemplate transactions) {
        this.queue = queue;
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(FETCH_SIZE);
        this.transactions = transactions;
    }

    /**
     * Queues the mail for every subscriber id the query selects (its first column).
     *
     * @return how many were queued
     */
    public int toSubscribers(DeliveryKind kind, String reference, String subscriberIdQuery, Object... arguments) {
        Integer queued = transactions.execute(status -> {
            try (var subscribers =
                    streaming.queryForStream(subscriberIdQuery, (row, n) -> row.getObject(1, UUID.class), arguments)) {
                return queue.enqueue(kind, reference, subscribers);
            }
        });
        return queued == null ? 0 : queued;
    }
}
