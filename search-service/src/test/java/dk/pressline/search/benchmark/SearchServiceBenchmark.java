package dk.pressline.search.benchmark;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.JsonpUtils;
import dk.pressline.events.PresslineEvent;
import dk.pressline.events.Topics;
import dk.pressline.events.cloudevents.EventEnvelopes;
import dk.pressline.platform.kafka.KafkaEventSender;
import dk.pressline.platform.kafka.TopicNames;
import dk.pressline.search.Content;
import dk.pressline.search.config.ElasticsearchProperties;
import dk.pressline.search.indexing.ContentIndex;
import dk.pressline.search.indexing.ContentIndexer;
import dk.pressline.search.rebuild.IndexRebuild;
import dk.pressline.search.search.ContentSearch;
import dk.pressline.search.search.SearchCriteria;
import dk.pressline.testsupport.RealServers;
import dk.pressline.testsupport.Server;
import dk.pressline.testsupport.TestServers;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.http.entity.ByteArrayEntity;
import org.apache.http.entity.ContentType;
import org.apache.http.util.EntityUtils;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * search-service's speed targets, measured on real Kafka and Elasticsearch: rebuild rate, how soon a published
 * article is searchable, and what the reader API adds to a query sent straight to Elasticsearch. Prints the figures;
 * asserts nothing about time.
 *
 * <p>Run: {@code ./pressline bench search} (sizes: {@code -Dbench.articles=50000 -Dbench.paragraphs=12
 * -Dbench.freshness-events=200 -Dbench.queries=2000}).
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealServers({Server.KAFKA, Server.ELASTICSEARCH})
class SearchServiceBenchmark {

    private static final Logger log = LoggerFactory.getLogger(SearchServiceBenchmark.class);
    private static final List<String> WORDS = List.of("klima", "omstilling", "virksomheder", "bæredygtighed",
            "kommune", "energi", "vindmøller", "havvind", "landbrug", "biodiversitet", "rapportering", "CSRD",
            "investorer", "regeringen", "udledning", "drivhusgas", "fjernvarme", "cirkulær", "økonomi", "affald",
            "genbrug", "transport", "elbiler", "byggeri", "beton", "skov", "vand", "grundvand", "pension", "aktier",
            "ansvarlig", "leverandører", "menneskerettigheder", "ligestilling", "medarbejdere", "ledelse", "strategi",
            "målsætning", "reduktion", "procent", "Danmark", "Europa", "København", "Aarhus", "Odense", "Aalborg");

    @LocalServerPort
    int port;

    @Autowired
    ContentIndex index;

    @Autowired
    ContentIndexer indexer;

    @Autowired
    IndexRebuild rebuild;

    @Autowired
    ContentSearch search;

    @Autowired
    KafkaEventSender events;

    @Autowired
    TopicNames topicNames;

    @Autowired
    ElasticsearchClient elasticsearch;

    @Autowired
    ElasticsearchProperties elasticsearchProperties;

    @Autowired
    RestClient restClient;

    /** Twelve paragraphs of 25 words make a body of about 2,000 characters, a short news article. */
    private static final int PARAGRAPHS = Integer.getInteger("bench.paragraphs", 12);

    private final Random random = new Random(42);

    @Test
    void rebuildsTheIndexFromTheTopics() throws Exception {
        int count = Integer.getInteger("bench.articles", 50_000);
        index.ensureExists();
        long before = documents();
        var config = new HashMap<String, Object>(EventEnvelopes.producerConfig());
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestServers.kafka().bootstrapServers());
        config.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, 512 * 1024);
        long produceStarted = System.nanoTime();
        try (var producer = new KafkaProducer<String, io.cloudevents.CloudEvent>(config)) {
            for (int i = 0; i < count; i++) {
                producer.send(EventEnvelopes.toProducerRecord(topicNames.of(Topics.ARTICLES), article(i),
                        "benchmark"));
            }
        }
        double produceSeconds = (System.nanoTime() - produceStarted) / 1e9;
        long liveStarted = System.nanoTime();
        while (documents() < before + count) {
            TimeUnit.MILLISECONDS.sleep(200);
        }
        double liveSeconds = (System.nanoTime() - liveStarted) / 1e9;

        var cpu = CpuUse.now();
        var report = rebuild.rebuild();
        var rebuildCpu = CpuUse.now().since(cpu, report.events());

        log.info("""

                Rebuild benchmark ({} articles with {} paragraphs of body each, Kafka and Elasticsearch on this machine)
                  produced to the topic in {} s; the live consumer indexed them in {} s after that ({} /s)
                  rebuild: {} events replayed, {} documents, loading {} events/s, {} s in all including the swap
                  rebuild, swap included: {}
                """, count, PARAGRAPHS, fmt(produceSeconds), fmt(liveSeconds), fmt(count / liveSeconds), report.events(),
                report.documents(), fmt(report.eventsPerSecond()), fmt(report.seconds()), rebuildCpu);
    }

    /**
     * The ceiling for a rebuild: Elasticsearch alone bulk-loading the very documents a rebuild writes, into the content
     * mapping with the rebuild's load settings, from bulk bodies written beforehand, with 1 to 3 bulks in flight.
     */
    @Test
    void loadsOurDocumentsStraightIntoElasticsearch() throws Exception {
        int count = Integer.getInteger("bench.articles", 50_000);
        var bodies = new ArrayList<byte[]>();
        var target = index.alias() + "-ceiling";
        var bulk = new ArrayList<PresslineEvent>();
        for (int i = 0; i < count; i++) {
            bulk.add(article(i));
            if (bulk.size() == 1_000 || i == count - 1) {
                bodies.add(indexer.bulkBody(bulk, target, new ArrayList<>()).toByteArray());
                bulk.clear();
            }
        }
        var figures = new StringBuilder();
        for (int inFlight = 1; inFlight <= 3; inFlight++) {
            index.create(target, false);
            var started = CpuUse.now();
            try (var senders = Executors.newFixedThreadPool(inFlight)) {
                var sent = new ArrayList<Future<?>>();
                for (var body : bodies) {
                    sent.add(senders.submit(() -> sendBulk(body)));
                }
                for (var future : sent) {
                    future.get();
                }
            }
            index.finishLoading(target);
            figures.append("\n  ").append(inFlight).append(" in flight: ")
                    .append(CpuUse.now().since(started, count));
            index.delete(target);
        }
        log.info("""

                Elasticsearch alone ({} articles with {} paragraphs of body each, bulks of 1,000 written beforehand,
                content mapping, refresh off while loading){}
                """, count, PARAGRAPHS, figures);
    }

    private Void sendBulk(byte[] body) throws IOException {
        var request = new Request("POST", "/_bulk");
        request.setEntity(new ByteArrayEntity(body, ContentType.create("application/x-ndjson")));
        var response = EntityUtils.toString(restClient.performRequest(request).getEntity());
        if (!response.startsWith("{\"errors\":false")) {
            throw new IllegalStateException("Elasticsearch refused writes: " + response.substring(0, 500));
        }
        return null;
    }

    @Test
    void makesAPublishedArticleSearchableSoonAfterItReachesTheTopic() throws Exception {
        int count = Integer.getInteger("bench.freshness-events", 200);
        index.ensureExists();
        Map<String, Long> onTopic = new ConcurrentHashMap<>();
        Map<String, Long> searchable = new ConcurrentHashMap<>();
        var watcher = Thread.ofPlatform().start(() -> watch(onTopic, searchable, count));
        for (int i = 0; i < count; i++) {
            var event = article(i);
            events.send(event);
            onTopic.put(event.aggregateId(), System.nanoTime());
            TimeUnit.MILLISECONDS.sleep(50);
        }
        watcher.join(TimeUnit.SECONDS.toMillis(60));

        var delays = new ArrayList<Long>();
        onTopic.forEach((id, sent) -> {
            var seen = searchable.get(id);
            if (seen != null) {
                delays.add(Math.max(0, seen - sent));
            }
        });
        delays.sort(Long::compare);
        log.info("""

                Freshness benchmark (publish event acknowledged by the broker -> article found by a search)
                  {} articles at 20/s; found {}; delay ms: p50 {}  p95 {}  max {}
                """, count, delays.size(), millis(delays, 0.5), millis(delays, 0.95), millis(delays, 1.0));
    }

    @Test
    void addsLittleToAQuerySentStraightToElasticsearch() throws Exception {
        int iterations = Integer.getInteger("bench.queries", 2_000);
        index.ensureExists();
        var corpus = new ArrayList<PresslineEvent>();
        for (int i = 0; i < 5_000; i++) {
            corpus.add(article(i));
            if (corpus.size() == 1_000) {
                indexer.index(corpus);
                corpus.clear();
            }
        }
        elasticsearch.indices().refresh(refresh -> refresh.index(index.alias()));
        var withHits = overhead("4711", iterations);
        var withoutHits = overhead("klimaplan virksomheder", iterations);
        log.info("""

                Reader API overhead benchmark ({} interleaved rounds after 300 warm-up rounds, 5,000 articles, theme klima)
                  a query with a few hits (a headline's number and its neighbours one typo away): {}
                  a query without hits (typo tolerance; the API then asks a second request for "did you mean"): {}
                """, iterations, withHits, withoutHits);
    }

    /** Times the same search straight to Elasticsearch, through the reader API, and in process, interleaved. */
    private String overhead(String words, int iterations) throws IOException, InterruptedException {
        var criteria = SearchCriteria.parse(words, "klima", null, null, null, null, null, null, null, null, null,
                null, null);
        var body = JsonpUtils.toJsonString(search.requestFor(criteria, Instant.now()), elasticsearch._jsonpMapper());
        var http = HttpClient.newHttpClient();
        var direct = HttpRequest.newBuilder(URI.create(elasticsearchProperties.url() + "/" + index.alias()
                        + "/_search")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        var viaApi = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/search?q="
                + URLEncoder.encode(words, StandardCharsets.UTF_8) + "&themes=klima")).GET().build();

        var straight = new ArrayList<Long>();
        var api = new ArrayList<Long>();
        var inProcess = new ArrayList<Long>();
        long hits = 0;
        for (int i = 0; i < iterations + 300; i++) {
            long directNanos = time(http, direct);
            long apiNanos = time(http, viaApi);
            long started = System.nanoTime();
            hits = search.search(criteria).totalItems();
            long inProcessNanos = System.nanoTime() - started;
            if (i >= 300) {
                straight.add(directNanos);
                api.add(apiNanos);
                inProcess.add(inProcessNanos);
            }
        }
        straight.sort(Long::compare);
        api.sort(Long::compare);
        inProcess.sort(Long::compare);
        return String.format("""
                "%s", %d hits
                    straight to Elasticsearch ms: p50 %s  p95 %s
                    through GET /api/search  ms: p50 %s  p95 %s
                    ContentSearch in process (no HTTP in front) ms: p50 %s
                    added to the median: %s ms""", words, hits, millis(straight, 0.5), millis(straight, 0.95),
                millis(api, 0.5), millis(api, 0.95), millis(inProcess, 0.5),
                fmt((api.get(api.size() / 2) - straight.get(straight.size() / 2)) / 1e6));
    }

    private static long time(HttpClient http, HttpRequest request) throws IOException, InterruptedException {
        long started = System.nanoTime();
        var response = http.send(request, HttpResponse.BodyHandlers.ofString());
        long elapsed = System.nanoTime() - started;
        if (response.statusCode() != 200) {
            throw new IllegalStateException(request.uri() + " answered " + response.statusCode());
        }
        return elapsed;
    }

    private void watch(Map<String, Long> onTopic, Map<String, Long> searchable, int expected) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (searchable.size() < expected && System.nanoTime() < deadline) {
            var pending = onTopic.keySet().stream().filter(id -> !searchable.containsKey(id)).toList();
            if (pending.isEmpty()) {
                Thread.onSpinWait();
                continue;
            }
            try {
                var found = elasticsearch.search(s -> s.index(index.alias()).size(pending.size())
                        .query(q -> q.ids(ids -> ids.values(pending))).source(src -> src.fetch(false)), Map.class);
                long now = System.nanoTime();
                found.hits().hits().forEach(hit -> searchable.putIfAbsent(hit.id(), now));
                TimeUnit.MILLISECONDS.sleep(5);
            }
            catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private long documents() throws IOException {
        elasticsearch.indices().refresh(refresh -> refresh.index(index.alias()));
        return elasticsearch.count(c -> c.index(index.alias())).count();
    }

    private PresslineEvent article(int number) {
        var body = IntStream.range(0, PARAGRAPHS).mapToObj(paragraph -> "<p>" + words(25) + ".</p>")
                .collect(Collectors.joining());
        return Content.article(words(6) + " " + number).teaser(words(18) + ".").body(body)
                .themes(random.nextBoolean() ? "klima" : "esg", "energi")
                .publishedAt(Instant.now().minus(Duration.ofHours(random.nextInt(24 * 365)))).published();
    }

    private String words(int count) {
        return IntStream.range(0, count).mapToObj(i -> WORDS.get(random.nextInt(WORDS.size())))
                .collect(Collectors.joining(" "));
    }

    private static String millis(List<Long> sortedNanos, double quantile) {
        if (sortedNanos.isEmpty()) {
            return "-";
        }
        int at = (int) Math.min(sortedNanos.size() - 1, Math.ceil(quantile * sortedNanos.size()) - 1);
        return fmt(sortedNanos.get(Math.max(0, at)) / 1e6);
    }

    private static String fmt(double value) {
        return String.format("%.1f", value);
    }
}
