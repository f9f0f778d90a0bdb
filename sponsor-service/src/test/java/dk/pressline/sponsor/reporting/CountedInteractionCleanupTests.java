package dk.pressline.sponsor.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import dk.pressline.sponsor.SharedServiceProperties;
import dk.pressline.testsupport.RealServers;
import dk.pressline.testsupport.Server;
import dk.pressline.testsupport.security.AcceptsTestTokens;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The ids of counted interactions are kept while a redelivery of them is possible, and no longer. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = SharedServiceProperties.BOOKING_METRICS_REFRESH)
@AcceptsTestTokens
@RealServers({Server.KAFKA, Server.POSTGRES})
class CountedInteractionCleanupTests {

    @Autowired
    CountedInteractionCleanup cleanup;

    @Autowired
    JdbcClient jdbc;

    @Test
    void forgetsOnlyIdsOlderThanTheInteractionsTopicKeepsItsEvents() {
        var old = UUID.randomUUID();
        var recent = UUID.randomUUID();
        var now = Instant.now();
        counted(old, now.minus(CountedInteractionCleanup.KEPT).minus(Duration.ofMinutes(5)));
        counted(recent, now.minus(Duration.ofDays(29)));

        assertThat(cleanup.forgetIdsNoRedeliveryCanBringBack()).isGreaterThanOrEqualTo(1);

        assertThat(jdbc.sql("select event_id from counted_interaction where event_id in (?, ?)")
                        .params(old, recent)
                        .query(UUID.class)
                        .list())
                .containsExactly(recent);
    }

    private void counted(UUID eventId, Instant at) {
        jdbc.sql("insert into counted_interaction (event_id, counted_at) values (?, ?)")
                .params(eventId, Timestamp.from(at))
                .update();
    }
}
