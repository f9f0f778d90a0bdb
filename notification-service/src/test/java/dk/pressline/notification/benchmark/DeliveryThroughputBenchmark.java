package dk.pressline.notification.benchmark;

import static org.awaitility.Awaitility.await;

import dk.pressline.notification.Articles;
import dk.pressline.notification.ServiceInstance;
import dk.pressline.notification.ServiceInstance.Deployment;
import dk.pressline.notification.delivery.Deliveries;
import dk.pressline.platform.kafka.KafkaEventSender;
import dk.pressline.testsupport.TestServers;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.stream.binding.BindingsLifecycleController;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The two speed targets of notification-service, measured against the local servers; prints its figures and asserts
 * nothing about time.
 *
 * <ul>
 * <li>Fan-out: from sending an {@code ArticlePublished} to the alert being queued for 100,000 subscribers
 *     (target: within 60 s).</li>
 * <li>Sending: mails per second from the delivery queue to the SMTP server, against a bare JavaMail loop with the
 *     same concurrency over reused connections (target: at least 80% of it).</li>
 * </ul>
 *
 * <p>Run: {@code ./mvnw -B -pl notification-service -am verify -Dtest=DeliveryThroughputBenchmark
 * -Dpressline.excluded-test-groups=none -Dsurefire.failIfNoSpecifiedTests=false -Dpressline.redirect-test-output=false}
 * (sizes: {@code -Dbench.subscribers=100000 -Dbench.mails=4000}).
 */
@Tag("benchmark")
class DeliveryThroughputBenchmark {

    private static final Logger log = LoggerFactory.getLogger(DeliveryThroughputBenchmark.class);
    private static final String SEND_BINDING = "sendDeliveries-in-0";
    private static final int CONCURRENCY = 2;

    @Test
    void measuresHowLongAnAlertForOneHundredThousandSubscribersTakesToQueue() {
        int subscribers = Integer.getInteger("bench.subscribers", 100_000);
        var deployment = deployment(Map.of());
        try (var instance = ServiceInstance.start(deployment)) {
            var theme = "bench-" + deployment.id();
            insertSubscribers(instance.bean(JdbcTemplate.class), deployment.id(), theme, subscribers);

            var article = Articles.snapshot(UUID.randomUUID(), 1, "Benchmark", Instant.now(), theme);
            long start = System.nanoTime();
            instance.bean(KafkaEventSender.class).send(Articles.published(article));
            var jdbc = instance.bean(JdbcTemplate.class);
            await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(50)).until(() -> "QUEUED".equals(
                    jdbc.query("select state from theme_alerts where article_id = ?", (row, n) -> row.getString(1),
                            article.articleId()).stream().findFirst().orElse(null)));
            double seconds = (System.nanoTime() - start) / 1e9;
            var recipients = jdbc.queryForObject("select recipients from theme_alerts where article_id = ?",
                    Integer.class, article.articleId());
            log.info("FAN-OUT: alert for {} subscribers queued {} s after the publish event was sent ({} requests/s); "
                    + "target: within 60 s", recipients, String.format("%.1f", seconds),
                    String.format("%.0f", recipients / seconds));
        }
    }

    @Test
    void measuresTheSendingRateAgainstABareJavaMailLoop() throws Exception {
        int mails = Integer.getInteger("bench.mails", 4000);
        int warmUp = Math.max(mails / 4, 1);
        bareJavaMailRate(warmUp);
        double bare = bareJavaMailRate(mails);

        var deployment = deployment(Map.of(
                "pressline.notifications.send-rate-per-second", 1_000_000,
                "spring.cloud.stream.bindings." + SEND_BINDING + ".consumer.concurrency", CONCURRENCY));
        try (var instance = ServiceInstance.start(deployment)) {
            var jdbc = instance.bean(JdbcTemplate.class);
            var bindings = instance.bean(BindingsLifecycleController.class);
            var sent = instance.bean(MeterRegistry.class).counter(Deliveries.SENT_METRIC);
            insertSubscribers(jdbc, deployment.id() + "w", "warm-up", warmUp);
            insertSubscribers(jdbc, deployment.id() + "m", "measured", mails);

            // The same number of mails through the service first, as through the bare loop, so both run warmed up.
            queueAlert(instance, "warm-up");
            bindings.start(SEND_BINDING);
            await().atMost(Duration.ofMinutes(10)).until(() -> sent.count() >= warmUp);
            bindings.stop(SEND_BINDING);

            queueAlert(instance, "measured");
            long start = System.nanoTime();
            bindings.start(SEND_BINDING);
            await().atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofMillis(50))
                    .until(() -> sent.count() >= warmUp + mails);
            double service = mails / ((System.nanoTime() - start) / 1e9);
            log.info("SENDING: bare JavaMail loop {} mails/s, notification-service {} mails/s = {}% of the bare loop "
                    + "({} mails, {} sending threads); target: at least 80%", String.format("%.0f", bare),
                    String.format("%.0f", service), String.format("%.0f", 100 * service / bare), mails, CONCURRENCY);
        }
    }

    private static void queueAlert(ServiceInstance instance, String theme) {
        var article = Articles.snapshot(UUID.randomUUID(), 1, "Benchmark " + theme, Instant.now(), theme);
        instance.bean(KafkaEventSender.class).send(Articles.published(article));
        await().atMost(Duration.ofMinutes(5)).until(() -> instance.bean(JdbcTemplate.class).queryForObject(
                "select count(*) from theme_alerts where article_id = ? and state = 'QUEUED'", Integer.class,
                article.articleId()) == 1);
    }

    private static Deployment deployment(Map<String, Object> overrides) {
        var mail = TestServers.mail();
        var properties = new HashMap<String, Object>(overrides);
        // Queue first, then send: the sender starts only when the benchmark starts it.
        properties.put("spring.cloud.stream.bindings." + SEND_BINDING + ".consumer.auto-startup", false);
        return Deployment.fresh(mail.host(), mail.smtpPort(), properties);
    }

    private static void insertSubscribers(JdbcTemplate jdbc, String run, String theme, int count) {
        jdbc.update("""
                insert into subscribers (subscriber_id, email, email_hash, status, language, newsletter, event_news,
                    created_at, updated_at)
                select gen_random_uuid(), 'bench-' || g || '-' || ? || '@example.com', md5(g || ?), 'ACTIVE', 'da',
                    false, false, now(), now()
                from generate_series(1, ?) g""", run, run, count);
        jdbc.update("insert into subscriber_themes (theme, subscriber_id) select ?, subscriber_id from subscribers "
                + "where email like ?", theme, "bench-%-" + run + "@example.com");
        log.info("Inserted {} confirmed subscribers of theme {}", count, theme);
    }

    /** The reference: the same number of comparable mails, sent by plain JavaMail over one connection per thread. */
    private static double bareJavaMailRate(int mails) throws Exception {
        var mail = TestServers.mail();
        var properties = new Properties();
        properties.put("mail.smtp.host", mail.host());
        properties.put("mail.smtp.port", String.valueOf(mail.smtpPort()));
        var session = Session.getInstance(properties);
        var pool = Executors.newFixedThreadPool(CONCURRENCY);
        long start = System.nanoTime();
        var futures = new ArrayList<Future<?>>();
        for (int thread = 0; thread < CONCURRENCY; thread++) {
            int share = mails / CONCURRENCY + (thread < mails % CONCURRENCY ? 1 : 0);
            int threadNumber = thread;
            futures.add(pool.submit(() -> {
                try (var transport = session.getTransport("smtp")) {
                    transport.connect();
                    for (int i = 0; i < share; i++) {
                        var message = comparableMail(session, "bare-" + threadNumber + "-" + i + "@example.com");
                        transport.sendMessage(message, message.getAllRecipients());
                    }
                }
                return null;
            }));
        }
        for (var future : futures) {
            future.get();
        }
        pool.shutdown();
        return mails / ((System.nanoTime() - start) / 1e9);
    }

    private static MimeMessage comparableMail(Session session, String to) throws Exception {
        var message = new MimeMessage(session);
        message.setFrom(new InternetAddress("nyhedsbrev@pressline.dk", "Pressline"));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        message.setSubject("Nyt fra Pressline: Benchmark", "UTF-8");
        message.setHeader("List-Unsubscribe", "<https://pressline.dk/api/subscriptions/unsubscribe?token=x>");
        message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        var text = new MimeBodyPart();
        text.setText("Nyt i dine temaer\n\nBenchmark\n\nManchet til Benchmark\n".repeat(8), "UTF-8");
        var html = new MimeBodyPart();
        html.setContent("<html><body><h1>Benchmark</h1><p>Manchet til Benchmark</p></body></html>".repeat(8),
                "text/html; charset=UTF-8");
        var alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        message.setContent(alternative);
        message.saveChanges();
        return message;
    }
}
