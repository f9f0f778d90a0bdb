package dk.pressline.platform.outbox;

import dk.pressline.platform.kafka.KafkaEventSender;
import dk.pressline.platform.kafka.PlatformKafkaConfiguration;
import dk.pressline.platform.security.AuthorizationRules;
import dk.pressline.platform.security.Role;
import dk.pressline.platform.tracing.EventTracing;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The transactional outbox for a service with one DataSource: an {@link EventOutbox} to append events to, a relay
 * that sends them to Kafka and parks what Kafka refuses for good, an {@code outbox} health component, its backlog as
 * metrics ({@link OutboxMetrics}), and in a web service the administrators' endpoints for parked events. The service
 * adds {@code classpath:db/outbox} to {@code spring.flyway.locations}; without the table the relay stays idle.
 */
@AutoConfiguration(
        after = PlatformKafkaConfiguration.class,
        afterName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
@ConditionalOnClass(JdbcTemplate.class)
@ConditionalOnSingleCandidate(DataSource.class)
@ConditionalOnBooleanProperty(name = "pressline.outbox.enabled", matchIfMissing = true)
@EnableConfigurationProperties(OutboxProperties.class)
public class PlatformOutboxConfiguration {

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnBean(KafkaEventSender.class)
    OutboxRelay outboxRelay(
            DataSource dataSource,
            KafkaEventSender sender,
            OutboxProperties properties,
            ObjectProvider<EventTracing> tracing) {
        return new OutboxRelay(dataSource, sender, properties, tracing.getIfAvailable(() -> EventTracing.OFF));
    }

    @Bean
    @ConditionalOnMissingBean
    EventOutbox eventOutbox(
            DataSource dataSource, ObjectProvider<OutboxRelay> relay, ObjectProvider<EventTracing> tracing) {
        var localRelay = relay.getIfAvailable();
        Runnable afterCommit = localRelay == null ? () -> {} : localRelay::wake;
        return new EventOutbox(dataSource, afterCommit, tracing.getIfAvailable(() -> EventTracing.OFF));
    }

    @Bean
    @ConditionalOnMissingBean
    ParkedEvents parkedEvents(DataSource dataSource, ObjectProvider<OutboxRelay> relay) {
        var localRelay = relay.getIfAvailable();
        return localRelay == null
                ? new ParkedEvents(dataSource, () -> {})
                : new ParkedEvents(dataSource, localRelay::wake);
    }

    @Bean
    @ConditionalOnEnabledHealthIndicator("outbox")
    OutboxHealthIndicator outboxHealthIndicator(DataSource dataSource) {
        return new OutboxHealthIndicator(dataSource);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(MeterBinder.class)
    static class OutboxMetricsConfiguration {

        /** Scrapes every 15 s or more often read the database once a second at most. */
        @Bean
        OutboxMetrics outboxMetrics(DataSource dataSource) {
            return new OutboxMetrics(dataSource, Duration.ofSeconds(1));
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    static class ParkedEventsWebConfiguration {

        @Bean
        ParkedEventsController parkedEventsController(ParkedEvents parkedEvents) {
            return new ParkedEventsController(parkedEvents);
        }

        /** First of all rules, so that a service's broader rule (editors on {@code /api/**}) cannot let others in. */
        @Bean
        @Order(Ordered.HIGHEST_PRECEDENCE)
        AuthorizationRules parkedEventsRules() {
            return requests -> requests.requestMatchers(
                            ParkedEventsController.PATH, ParkedEventsController.PATH + "/**")
                    .hasRole(Role.ADMIN.name());
        }
    }
}
