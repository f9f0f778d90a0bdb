package dk.pressline.notification.config;

import dk.pressline.events.cloudevents.EventEnvelopes;
import dk.pressline.events.Topics;
import dk.pressline.notification.delivery.ClaimLease;
import dk.pressline.notification.delivery.DeadLetters;
import dk.pressline.notification.delivery.DeliveryQueue;
import dk.pressline.notification.delivery.MailTemplates;
import dk.pressline.notification.delivery.SmtpSender;
import dk.pressline.notification.intake.FollowedTopic;
import dk.pressline.notification.intake.ParkedRecords;
import dk.pressline.notification.subscription.AddressHashes;
import dk.pressline.notification.subscription.Links;
import dk.pressline.notification.subscription.SignUpLimits;
import dk.pressline.notification.subscription.SignedLinks;
import dk.pressline.platform.kafka.PresslineKafkaProperties;
import dk.pressline.platform.kafka.TopicNames;
import dk.pressline.platform.security.AuthorizationRules;
import io.cloudevents.CloudEvent;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import javax.sql.DataSource;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(NotificationProperties.class)
class NotificationServiceConfiguration {

    private static final String SENDER_CONSUMER_CONFIGURATION =
            "spring.cloud.stream.kafka.bindings.sendDeliveries-in-0.consumer.configuration.";
    private static final String SENDER_CONCURRENCY =
            "spring.cloud.stream.bindings.sendDeliveries-in-0.consumer.concurrency";
    private static final int DEFAULT_MAX_POLL_RECORDS = 500;

    /**
     * Readers reach their subscription without a token, through signed links; the bounce endpoint checks its own
     * shared secret; the newsletter preview and test are the editors'; consent evidence and redriving dead letters are
     * the admins'.
     */
    @Bean
    AuthorizationRules notificationRules() {
        return requests -> requests
                .requestMatchers(Links.SUBSCRIPTIONS_PATH, Links.SUBSCRIPTIONS_PATH + "/**").permitAll()
                .requestMatchers(HttpMethod.POST, "/api/bounces").permitAll()
                .requestMatchers("/api/newsletter/**").hasAnyRole("EDITOR", "ADMIN")
                .requestMatchers("/api/consents", "/api/deliveries/**", "/api/events/**").hasRole("ADMIN");
    }

    /** Where delivery requests that used up their retries wait to be redriven; kept like the delivery queue. */
    @Bean
    NewTopic deadLetterTopic(TopicNames topicNames, PresslineKafkaProperties kafkaProperties) {
        var deliveries = Topics.NOTIFICATION_DELIVERIES;
        return TopicBuilder.name(topicNames.of(deliveries) + DeadLetters.SUFFIX)
                .partitions(deliveries.partitions())
                .replicas(kafkaProperties.replicationFactor())
                .config("retention.ms", Long.toString(Duration.ofDays(30).toMillis()))
                .build();
    }

    /** Where the records of the followed topics that can never be handled wait to be redriven. */
    @Bean
    NewTopic parkedRecordsTopic(TopicNames topicNames, PresslineKafkaProperties kafkaProperties) {
        var topic = ParkedRecords.TOPIC;
        return TopicBuilder.name(topicNames.of(topic))
                .partitions(topic.partitions())
                .replicas(kafkaProperties.replicationFactor())
                .configs(topic.kafkaConfigs())
                .build();
    }

    @Bean
    ParkedRecords parkedRecords(KafkaProperties kafkaProperties, TopicNames topicNames,
            @Value("${spring.application.name}") String service, List<FollowedTopic<?>> followedTopics) {
        return new ParkedRecords(kafkaProperties, topicNames.of(ParkedRecords.TOPIC), service, followedTopics);
    }

    /**
     * The lease of a claim on a mail: as set, or four times what a batch of the sender ({@code max.poll.records})
     * takes at the instance's send rate shared by its sending threads, and at least a minute.
     */
    @Bean
    ClaimLease claimLease(NotificationProperties properties, Environment environment) {
        if (properties.claimLease() != null) {
            return new ClaimLease(properties.claimLease());
        }
        var batchSize = environment.getProperty(SENDER_CONSUMER_CONFIGURATION + "max.poll.records", Integer.class,
                DEFAULT_MAX_POLL_RECORDS);
        var threads = environment.getProperty(SENDER_CONCURRENCY, Integer.class, 1);
        return ClaimLease.forBatches(batchSize, threads, properties.sendRatePerSecond());
    }

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    SignedLinks signedLinks(NotificationProperties properties) {
        return new SignedLinks(properties.linkSecret());
    }

    @Bean
    AddressHashes addressHashes(NotificationProperties properties) {
        return new AddressHashes(properties.suppressionKey());
    }

    /** The sign-up limits' token buckets, in PostgreSQL so every instance counts against the same ones. */
    @Bean
    PostgreSQLSelectForUpdateBasedProxyManager<String> signUpBuckets(DataSource dataSource) {
        return Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("sign_up_buckets")
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
                .build();
    }

    @Bean
    SignUpLimits signUpLimits(PostgreSQLSelectForUpdateBasedProxyManager<String> signUpBuckets, AddressHashes hashes,
            NotificationProperties properties) {
        return new SignUpLimits(signUpBuckets, hashes, properties.signUp());
    }

    @Bean
    MailTemplates mailTemplates() {
        return new MailTemplates();
    }

    @Bean(destroyMethod = "close")
    SmtpSender smtpSender(JavaMailSenderImpl mailSender, NotificationProperties properties) {
        return new SmtpSender(mailSender, properties.sendRatePerSecond());
    }

    /** A producer of its own for fan-outs: batched sends with a short linger rather than one acknowledged send each. */
    @Bean
    DeliveryQueue deliveryQueue(KafkaProperties kafkaProperties, TopicNames topicNames, Clock clock) {
        var config = kafkaProperties.buildProducerProperties();
        config.putAll(EventEnvelopes.producerConfig());
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 10);
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "notification-fan-out");
        return new DeliveryQueue(new KafkaProducer<String, CloudEvent>(config), topicNames, clock);
    }
}
