package dk.pressline.platform.outbox;

import java.time.Duration;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How far a service's outbox is behind, read in one query: the events waiting to be sent, how long the oldest of them
 * has waited, and the events the relay parked because Kafka refused them.
 */
record OutboxBacklog(long pending, Duration oldestPendingAge, long parked) {

    private static final String TABLE_EXISTS = "select to_regclass('event_outbox') is not null";
    private static final String BACKLOG = """
            select count(*) as pending,
                   coalesce(extract(epoch from clock_timestamp() - min(appended_at)), 0) as oldest_age_seconds,
                   (select count(*) from event_outbox_parked) as parked
            from event_outbox""";

    /** The backlog now, or empty in a database without the outbox tables. */
    static Optional<OutboxBacklog> read(JdbcTemplate jdbc) {
        if (!Boolean.TRUE.equals(jdbc.queryForObject(TABLE_EXISTS, Boolean.class))) {
            return Optional.empty();
        }
        return Optional.ofNullable(jdbc.queryForObject(BACKLOG, (result, row) -> {
            var oldestAgeMicros =
                    result.getBigDecimal("oldest_age_seconds").movePointRight(6).longValue();
            return new OutboxBacklog(
                    result.getLong("pending"),
                    Duration.ofNanos(Math.max(0, oldestAgeMicros) * 1000),
                    result.getLong("parked"));
        }));
    }

    static Optional<OutboxBacklog> read(DataSource dataSource) {
        return read(new JdbcTemplate(dataSource));
    }
}
