package dk.pressline.article.benchmark;

import dk.pressline.events.Topics;
import dk.pressline.platform.kafka.TopicNames;
import dk.pressline.testsupport.RealServers;
import dk.pressline.testsupport.Server;
import dk.pressline.testsupport.TestServers;
import dk.pressline.testsupport.security.AcceptsTestTokens;
import dk.pressline.testsupport.security.TestTokens;
import dk.pressline.testsupport.web.ApiClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Outbox lag: from the moment a publish call returns (its transaction has committed) to the moment its event can be
 * read off the articles topic, at a steady rate of publish calls. Prints the figures; asserts nothing about time.
 *
 * <p>Run: {@code ./pressline bench outbox-lag} (rate and duration: {@code -Dbench.rate=100 -Dbench.seconds=20}).
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AcceptsTestTokens
@RealServers({Server.KAFKA, Server.POSTGRES})
class OutboxLagBenchmark {

    private static final Logger log = LoggerFactory.getLogger(OutboxLagBenchmark.class);

    @LocalServerPort
    int port;

    @Autowired
    TopicNames topicNames;

    @Test
    void measuresTheLagFromPublishCommitToTopic() throws Exception {
        int rate = Integer.getInteger("bench.rate", 100);
        int seconds = Integer.getInteger("bench.seconds", 20);
        var editor = ApiClient.atLocalPort(port).withToken(TestTokens.editor().encode());
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        editor.post("/api/authors", "{\"id\": \"bench-" + suffix + "\", \"name\": \"Bench\"}");
        editor.post("/api/sections", "{\"slug\": \"bench-" + suffix + "\", \"name\": \"Bench\"}");

        int total = rate * seconds;
        var ids = new ArrayList<String>(total);
        for (int i = 0; i < total; i++) {
            var created = editor.post("/api/articles", """
                    {"headline": "Måling %d", "teaser": "Lag", "bodyHtml": "<p>Lag</p>", "authorIds": ["bench-%s"],
                     "sectionSlug": "bench-%s", "themeSlugs": [], "language": "da"}""".formatted(i, suffix, suffix));
            var id = created.json().path("id").asString();
            editor.post("/api/articles/" + id + "/submit", null);
            ids.add(id);
        }
        log.info("Prepared {} articles in review", total);

        Map<String, Long> committedAt = new ConcurrentHashMap<>();
        Map<String, Long> arrivedAt = new ConcurrentHashMap<>();
        var reading = new AtomicBoolean(true);
        var reader = Executors.newSingleThreadExecutor();
        reader.submit(() -> readArrivals(topicNames.of(Topics.ARTICLES), arrivedAt, reading));

        var publishers = Executors.newScheduledThreadPool(4);
        long periodNanos = TimeUnit.SECONDS.toNanos(1) / rate;
        var next = new java.util.concurrent.atomic.AtomicInteger();
        long started = System.nanoTime();
        var task = publishers.scheduleAtFixedRate(
                () -> {
                    int index = next.getAndIncrement();
                    if (index >= total) {
                        return;
                    }
                    var id = ids.get(index);
                    var response = editor.post("/api/articles/" + id + "/publish", null);
                    if (response.status() == 200) {
                        committedAt.put(id, System.nanoTime());
                    }
                },
                0,
                periodNanos,
                TimeUnit.NANOSECONDS);
        while (next.get() < total) {
            TimeUnit.MILLISECONDS.sleep(100);
        }
        task.cancel(false);
        publishers.shutdown();
        publishers.awaitTermination(30, TimeUnit.SECONDS);
        double achievedRate = total / ((System.nanoTime() - started) / 1e9);

        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!arrivedAt.keySet().containsAll(committedAt.keySet()) && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(100);
        }
        reading.set(false);
        reader.shutdown();
        reader.awaitTermination(10, TimeUnit.SECONDS);

        List<Long> lags = new ArrayList<>();
        committedAt.forEach((id, committed) -> {
            var arrived = arrivedAt.get(id);
            if (arrived != null) {
                lags.add(Math.max(0, arrived - committed));
            }
        });
        lags.sort(Long::compare);
        log.info(
                """

                Outbox lag benchmark (publish call returned -> event readable on the topic)
                  publishes requested {} at {}/s for {} s; achieved {} /s; committed {}; arrived {}; missing {}
                  lag ms: p50 {}  p95 {}  p99 {}  max {}
                """,
                total,
                rate,
                seconds,
                String.format("%.1f", achievedRate),
                committedAt.size(),
                lags.size(),
                committedAt.size() - lags.size(),
                millis(lags, 0.50),
                millis(lags, 0.95),
                millis(lags, 0.99),
                millis(lags, 1.0));
        if (lags.size() != committedAt.size()) {
            throw new AssertionError((committedAt.size() - lags.size()) + " published events never arrived");
        }
    }

    private static void readArrivals(String topic, Map<String, Long> arrivedAt, AtomicBoolean reading) {
        try (var consumer = new KafkaConsumer<>(
                Map.<String, Object>of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        TestServers.kafka().bootstrapServers(),
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                        false,
                        ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG,
                        10),
                new StringDeserializer(),
                new ByteArrayDeserializer())) {
            var partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);
            while (reading.get()) {
                for (var record : consumer.poll(Duration.ofMillis(20))) {
                    arrivedAt.putIfAbsent(record.key(), System.nanoTime());
                }
            }
        }
    }

    private static String millis(List<Long> sortedNanos, double quantile) {
        if (sortedNanos.isEmpty()) {
            return "-";
        }
        int index = (int) Math.min(sortedNanos.size() - 1, Math.ceil(quantile * sortedNanos.size()) - 1);
        return String.format("%.1f", sortedNanos.get(Math.max(0, index)) / 1e6);
    }
}
