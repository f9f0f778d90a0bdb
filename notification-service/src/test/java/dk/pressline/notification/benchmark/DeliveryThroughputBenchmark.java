package dk.pressline.notification.benchmark;

import static org.awaitility.Awaitility.await;

import dk.pressline.notification.Articles;
import dk.pressline.notification.NotificationServiceApplication;
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
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
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
 * (sizes: {@code -Dbench.subscribers=100000 -Dbench.mails=4000 -Dbench.rounds=3}).
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
            await().atMost(Duration.ofMinutes(10))
                    .pollInterval(Duration.ofMillis(50))
                    .until(() -> "QUEUED"
                            .equals(jdbc
                                    .query(
                                            "select state from theme_alerts where article_id = ?",
                                            (row, n) -> row.getString(1),
                                            article.articleId())
                                    .stream()
                                    .findFirst()
                                    .orElse(null)));
            double seconds = (System.nanoTime() - start) / 1e9;
            var recipients = jdbc.queryForObject(
                    "select recipients from theme_alerts where article_id = ?", Integer.class, article.articleId());
            log.info(
                    "FAN-OUT: alert for {} subscribers queued {} s after the publish event was sent ({} requests/s); "
                            + "target: within 60 s",
                    recipients,
                    String.format("%.1f", seconds),
                    String.format("%.0f", recipients / seconds));
        }
    }

    /**
     * Interleaved rounds of the bare loop and the service, each round's two runs against a mail server emptied of
     * its mailboxes first (GreenMail finds a mailbox by scanning them all, so its cost per mail grows with every
     * address it has seen), the bare loop sending copies of a mail the service sent (same size, parts and headers).
     * Every round runs twice: with Jakarta Mail's default lookup of its stream provider and with it named, as the
     * service's {@code main} does.
     */
    @Test
    void measuresTheSendingRateAgainstABareJavaMailLoop() throws Exception {
        int mails = Integer.getInteger("bench.mails", 4000);
        int rounds = Integer.getInteger("bench.rounds", 3);
        int warmUp = Math.max(mails / 2, 1);

        var deployment = deployment(Map.of(
                "pressline.notifications.send-rate-per-second",
                1_000_000,
                "spring.cloud.stream.bindings." + SEND_BINDING + ".consumer.concurrency",
                CONCURRENCY));
        try (var instance = ServiceInstance.start(deployment)) {
            var jdbc = instance.bean(JdbcTemplate.class);
            var bindings = instance.bean(BindingsLifecycleController.class);
            var sent = instance.bean(MeterRegistry.class).counter(Deliveries.SENT_METRIC);
            insertSubscribers(jdbc, deployment.id() + "w", "warm-up", warmUp);
            for (int round = 1; round <= rounds; round++) {
                for (var named : new boolean[] {false, true}) {
                    insertSubscribers(
                            jdbc, deployment.id() + "m" + round + named, "measured-" + round + "-" + named, mails);
                }
            }

            // Both warmed up with half as many mails first; the service's warm-up mails give the bare loop its mail.
            queueAlert(instance, "warm-up");
            bindings.start(SEND_BINDING);
            await().atMost(Duration.ofMinutes(10)).until(() -> sent.count() >= warmUp);
            bindings.stop(SEND_BINDING);
            var sample = sampleOf("bench-1-" + deployment.id() + "w@example.com");
            bareJavaMailRate(warmUp, sample);

            // Each round measures both ways Jakarta Mail can find its stream provider (see
            // NotificationServiceApplication),
            // the setting applying to this whole JVM: the bare loop, the service and the mail server alike.
            var ratios = new LinkedHashMap<String, List<Double>>();
            for (int round = 1; round <= rounds; round++) {
                for (var named : new boolean[] {false, true}) {
                    var lookup = named
                            ? "stream provider named (as the service's main sets it)"
                            : "stream provider looked up (Jakarta Mail's default)";
                    if (named) {
                        System.setProperty(
                                NotificationServiceApplication.STREAM_PROVIDER,
                                NotificationServiceApplication.ANGUS_STREAM_PROVIDER);
                    } else {
                        System.clearProperty(NotificationServiceApplication.STREAM_PROVIDER);
                    }
                    emptyMailServer();
                    double bare = bareJavaMailRate(mails, sample);
                    emptyMailServer();
                    double service = serviceRate(instance, "measured-" + round + "-" + named, mails);
                    ratios.computeIfAbsent(lookup, key -> new ArrayList<>()).add(100 * service / bare);
                    log.info(
                            "SENDING round {}, {}: bare JavaMail loop {} mails/s, notification-service {} mails/s = "
                                    + "{}% of the bare loop ({} mails, {} sending threads)",
                            round,
                            lookup,
                            String.format("%.0f", bare),
                            String.format("%.0f", service),
                            String.format("%.0f", 100 * service / bare),
                            mails,
                            CONCURRENCY);
                }
            }
            System.clearProperty(NotificationServiceApplication.STREAM_PROVIDER);
            ratios.forEach((lookup, measured) -> {
                var sorted = measured.stream().sorted().toList();
                log.info(
                        "SENDING, {}: notification-service at {}% of the bare loop (median of {} rounds, range "
                                + "{}-{}%); target: at least 80%",
                        lookup,
                        String.format("%.0f", sorted.get(sorted.size() / 2)),
                        rounds,
                        String.format("%.0f", sorted.getFirst()),
                        String.format("%.0f", sorted.getLast()));
            });
        }
    }

    /** Sends an alert's mails and answers how many a second went out, timed from the first mail on. */
    private static double serviceRate(ServiceInstance instance, String theme, int mails) {
        var bindings = instance.bean(BindingsLifecycleController.class);
        var sent = instance.bean(MeterRegistry.class).counter(Deliveries.SENT_METRIC);
        queueAlert(instance, theme);
        double before = sent.count();
        bindings.start(SEND_BINDING);
        // The consumer joining its group is not sending.
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(5)).until(() -> sent.count() > before);
        long start = System.nanoTime();
        double first = sent.count();
        await().atMost(Duration.ofMinutes(30))
                .pollInterval(Duration.ofMillis(20))
                .until(() -> sent.count() >= before + mails);
        double rate = (before + mails - first) / ((System.nanoTime() - start) / 1e9);
        bindings.stop(SEND_BINDING);
        return rate;
    }

    private static void queueAlert(ServiceInstance instance, String theme) {
        var article = Articles.snapshot(UUID.randomUUID(), 1, "Benchmark " + theme, Instant.now(), theme);
        instance.bean(KafkaEventSender.class).send(Articles.published(article));
        await().atMost(Duration.ofMinutes(5))
                .until(() -> instance.bean(JdbcTemplate.class)
                                .queryForObject(
                                        "select count(*) from theme_alerts where article_id = ? and state = 'QUEUED'",
                                        Integer.class,
                                        article.articleId())
                        == 1);
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
        jdbc.update(
                "insert into subscriber_themes (theme, subscriber_id) select ?, subscriber_id from subscribers "
                        + "where email like ?",
                theme,
                "bench-%-" + run + "@example.com");
        log.info("Inserted {} confirmed subscribers of theme {}", count, theme);
    }

    /** The reference: the same number of copies of the sample, sent by plain JavaMail over one connection per thread. */
    private static double bareJavaMailRate(int mails, Sample sample) throws Exception {
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
                        var message = sample.copy(session, "bare-" + threadNumber + "-" + i + "@example.com");
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

    /** A mail the service sent, as it arrived; without an in-process server, a mail of about the same size. */
    private static Sample sampleOf(String address) throws Exception {
        var greenMail = TestServers.mail().greenMail();
        if (greenMail.isEmpty()) {
            log.warn("The mail server is not in this JVM: the bare loop sends a synthetic mail of the same parts");
            return new Sample(
                    "Nyt fra Pressline: Benchmark",
                    "<https://pressline.dk/api/subscriptions/unsubscribe?token=x>",
                    "Nyt i dine temaer\n\nBenchmark\n\nManchet til Benchmark\n".repeat(8),
                    "<html><body><h1>Benchmark</h1><p>Manchet til Benchmark</p></body></html>".repeat(8));
        }
        var users = greenMail.get().getUserManager();
        var inbox = greenMail.get().getManagers().getImapHostManager().getInbox(users.getUserByEmail(address));
        var received = inbox.getMessages().getFirst().getMimeMessage();
        var parts = (MimeMultipart) received.getContent();
        var sample = new Sample(
                received.getSubject(),
                received.getHeader("List-Unsubscribe", ", "),
                (String) parts.getBodyPart(0).getContent(),
                (String) parts.getBodyPart(1).getContent());
        log.info(
                "The bare loop sends copies of a service mail of {} bytes ({} bytes as the bare loop sends it)",
                sizeOf(received),
                sizeOf(sample.copy(Session.getInstance(new Properties()), address)));
        return sample;
    }

    private static int sizeOf(MimeMessage message) throws Exception {
        var bytes = new ByteArrayOutputStream();
        message.writeTo(bytes);
        return bytes.size();
    }

    /** Deletes every mailbox of the in-process mail server, so each measured run starts from the same server. */
    private static void emptyMailServer() {
        TestServers.mail().greenMail().ifPresent(greenMail -> {
            var users = greenMail.getUserManager();
            List.copyOf(users.listUser()).forEach(users::deleteUser);
        });
    }

    /** The parts and headers of the mail the bare loop sends. */
    private record Sample(String subject, String listUnsubscribe, String text, String html) {

        MimeMessage copy(Session session, String to) throws Exception {
            var message = new MimeMessage(session);
            message.setFrom(new InternetAddress("nyhedsbrev@pressline.dk", "Pressline", "UTF-8"));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
            message.setSubject(subject, "UTF-8");
            message.setHeader("List-Unsubscribe", listUnsubscribe);
            message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            var textPart = new MimeBodyPart();
            textPart.setText(text, "UTF-8", "plain");
            var htmlPart = new MimeBodyPart();
            htmlPart.setText(html, "UTF-8", "html");
            message.setContent(new MimeMultipart("alternative", textPart, htmlPart));
            message.saveChanges();
            return message;
        }
    }
}
