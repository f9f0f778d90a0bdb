package dk.pressline.notification.unsubscribe;

import dk.pressline.notification.subscription.Links;
import dk.pressline.notification.subscription.Subscriptions;
import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;

/** Reads the {@code mailto:} unsubscribe mailbox over IMAP, when one is configured. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(UnsubscribeByMailProperties.class)
@ConditionalOnExpression("!'${pressline.notifications.unsubscribe-by-mail.host:}'.isBlank()")
class UnsubscribeByMailConfiguration {

    @Bean
    UnsubscribeMailbox unsubscribeMailbox(
            UnsubscribeByMailProperties properties, Links links, Subscriptions subscriptions) {
        return new UnsubscribeMailbox(
                new UnsubscribeMailbox.Server(
                        properties.protocol(),
                        properties.host(),
                        properties.port(),
                        properties.username(),
                        properties.password(),
                        properties.folder(),
                        properties.maxPerPoll()),
                links,
                subscriptions);
    }

    @Bean
    SchedulingConfigurer unsubscribeMailboxPolling(UnsubscribeMailbox mailbox, UnsubscribeByMailProperties properties) {
        return registrar -> registrar.addFixedDelayTask(
                new FixedDelayTask(mailbox::poll, properties.pollInterval(), Duration.ofSeconds(1)));
    }
}
