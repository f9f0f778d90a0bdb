package dk.pressline.platform.outbox;

import javax.sql.DataSource;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * UP with the outbox's backlog: how many events wait ({@code pending}), how long the oldest has waited, and how many
 * Kafka refused and the relay parked ({@code parked}). Parked events leave it UP: they hold nothing else back, and
 * every instance shares them, so anything less would take the whole service out of its load balancer over one old
 * event. An operator watches the count (and the relay's ERROR line) and acts through {@code /api/admin/outbox/parked}.
 * The same figures are metrics ({@link OutboxMetrics}), which is what alerts watch.
 */
public class OutboxHealthIndicator extends AbstractHealthIndicator {

    private final JdbcTemplate jdbc;

    public OutboxHealthIndicator(DataSource dataSource) {
        super("Outbox health check failed");
        this.jdbc = new JdbcTemplate(dataSource);
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        OutboxBacklog.read(jdbc)
                .ifPresentOrElse(
                        backlog -> builder.up()
                                .withDetail("pending", backlog.pending())
                                .withDetail(
                                        "oldestPendingAge",
                                        backlog.oldestPendingAge().toString())
                                .withDetail("parked", backlog.parked()),
                        () -> builder.unknown()
                                .withDetail("reason", "no event_outbox table: classpath:db/outbox is not migrated"));
    }
}
