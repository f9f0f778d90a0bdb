package dk.pressline.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dk.pressline.testsupport.TestServers;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The outbox's tables come with the platform into every service's own Flyway history, next to the service's
 * migrations: a table the platform adds later must reach databases whose service migrations have run past the
 * outbox's first one.
 */
class OutboxMigrationTests {

    private static final AtomicInteger databases = new AtomicInteger();

    HikariDataSource dataSource;
    JdbcTemplate jdbc;

    @BeforeEach
    void freshDatabase() {
        var postgres = TestServers.postgres();
        var database = "t" + ProcessHandle.current().pid() + "_migration_" + databases.incrementAndGet();
        postgres.createDatabase(database);
        dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.jdbcUrl(database));
        dataSource.setUsername(postgres.username());
        dataSource.setPassword(postgres.password());
        jdbc = new JdbcTemplate(dataSource);
    }

    @AfterEach
    void closePool() {
        dataSource.close();
    }

    @Test
    void addsTheParkedTableToADatabaseMigratedBeforeParkingExisted() {
        migrate(dataSource);
        // The database as a service left it before the parked table came: its own V1 applied after the outbox's V0_1.
        jdbc.execute("drop table event_outbox_parked");
        jdbc.update("delete from flyway_schema_history where script like '%event_outbox_parked%'");

        migrate(dataSource);

        assertThat(jdbc.queryForObject("select to_regclass('event_outbox_parked') is not null", Boolean.class))
                .isTrue();
        assertThat(jdbc.queryForObject("select count(*) from notice", Long.class))
                .isZero();
    }

    @Test
    void addsTheTraceColumnsToADatabaseMigratedBeforeTracingAndKeepsItsWaitingEvents() {
        migrate(dataSource);
        // The database as a service left it before traces: no trace columns, one event waiting in the outbox.
        for (var table : new String[] {"event_outbox", "event_outbox_parked"}) {
            jdbc.execute("alter table " + table + " drop column trace_parent, drop column trace_state");
        }
        jdbc.update("delete from flyway_schema_history where script like '%trace_context%'");
        jdbc.update("""
                insert into event_outbox (event_id, event_type, aggregate_id, payload, occurred_at)
                values (gen_random_uuid(), 'some.type', 'a1', '{}', now())""");

        migrate(dataSource);

        assertThat(jdbc.queryForList("""
                select table_name || '.' || column_name from information_schema.columns
                where column_name in ('trace_parent', 'trace_state')""", String.class))
                .containsExactlyInAnyOrder(
                        "event_outbox.trace_parent",
                        "event_outbox.trace_state",
                        "event_outbox_parked.trace_parent",
                        "event_outbox_parked.trace_state");
        assertThat(jdbc.queryForObject("select count(*) from event_outbox where trace_parent is null", Long.class))
                .isEqualTo(1);
    }

    private static void migrate(DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/outbox", "classpath:db/sample-service")
                .load()
                .migrate();
    }
}
