package dk.pressline.platform.outbox;

import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * UP with the outbox's backlog: how many events wait ({@code pending}), how long the oldest has waited, and how many
 * Kafka refused and the relay parked ({@code parked}). Parked events leave it UP: they hold nothing else back, and
 * every instance shares them, so anything less would take the whole service out of its load balancer over one old
 * event. An operator watches the count (and the relay's ERROR line) and acts through {@code /api/admin/outbox/parked}.
 */
public class OutboxHealthIndicator extends AbstractHealthIndicator {

    private static final String TABLE_EXISTS = "select to_regclass('event_outbox') is not null";
    private static final String BACKLOG = """
            select count(*) as pending,
                   coalesce(extract(epoch from clock_timestamp() - min(appended_at)), 0) as oldest_age_seconds,
                   (select count(*) from event_outbox_parked) as parked
            from event_outbox""";

    private final JdbcTemplate jdbc;

    public OutboxHealthIndicator(DataSource dataSource) {
        super("Outbox health check failed");
        this.jdbc = new JdbcTemplate(dataSource);
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        if (!Boolean.TRUE.equals(jdbc.queryForObject(TABLE_EXISTS, Boolean.class))) {
            builder.unknown().withDetail("reason", "no event_outbox table: classpath:db/outbox is not migrated");
            return;
        }
        jdbc.query(BACKLOG, result -> {
            var oldestAgeMicros = result.getBigDecimal("oldest_age_seconds").movePointRight(6).longValue();
            builder.up()
                    .withDetail("pending", result.getLong("pending"))
                    .withDetail("oldestPendingAge", Duration.ofNanos(Math.max(0, oldestAgeMicros) * 1000).toString())
                    .withDetail("parked", result.getLong("parked"));
        });
    }
}
