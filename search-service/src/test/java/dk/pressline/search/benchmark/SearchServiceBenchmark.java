package dk.pressline.search.benchmark;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.json.JsonpUtils;
import dk.pressline.events.PresslineEvent;
import dk.pressline.events.Topics;
import dk.pressline.events.cloudevents.EventEnvelopes;
import dk.pressline.platform.kafka.KafkaEventSender;
import dk.pressline.platform.kafka.TopicNames;
import dk.pressline.search.Content;
import dk.pressline.search.config.ElasticsearchProperties;
import dk.pressline.search.content.ContentFields;
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
import java.util.LinkedHashMap;
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
import org.apache.http.entity.StringEntity;
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
import tools.jackson.databind.json.JsonMapper;

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
    private static final List<String> WORDS = List.of(
            "klima",
            "omstilling",
            "virksomheder",
            "bæredygtighed",
            "kommune",
            "energi",
            "vindmøller",
            "havvind",
            "landbrug",
            "biodiversitet",
            "rapportering",
            "CSRD",
            "investorer",
            "regeringen",
            "udledning",
            "drivhusgas",
            "fjernvarme",
            "cirkulær",
            "økonomi",
            "affald",
            "genbrug",
            "transport",
            "elbiler",
            "byggeri",
            "beton",
            "skov",
            "vand",
            "grundvand",
            "pension",
            "aktier",
            "ansvarlig",
            "leverandører",
            "menneskerettigheder",
            "ligestilling",
            "medarbejdere",
            "ledelse",
            "strategi",
            "målsætning",
            "reduktion",
            "procent",
            "Danmark",
            "Europa",
            "København",
            "Aarhus",
            "Odense",
            "Aalborg");

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
                producer.send(EventEnvelopes.toProducerRecord(topicNames.of(Topics.ARTICLES), article(i), "benchmark"));
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

        log.info(
                """

                Rebuild benchmark ({} articles with {} paragraphs of body each, Kafka and Elasticsearch on this machine)
                  produced to the topic in {} s; the live consumer indexed them in {} s after that ({} /s)
                  rebuild: {} events replayed, {} documents, loading {} events/s, {} s in all including the swap
                  rebuild, swap included: {}
                """,
                count,
                PARAGRAPHS,
                fmt(produceSeconds),
                fmt(liveSeconds),
                fmt(count / liveSeconds),
                report.events(),
                report.documents(),
                fmt(report.eventsPerSecond()),
                fmt(report.seconds()),
                rebuildCpu);
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
            figures.append("\n  ")
                    .append(inFlight)
                    .append(" in flight: ")
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
        indexArticles(0, 5_000);
        var withHits = overhead("4711", iterations);
        var withoutHits = overhead("klimaplan virksomheder", iterations);
        log.info("""

                Reader API overhead benchmark ({} interleaved rounds after 300 warm-up rounds, 5,000 articles, theme klima)
                  a query with a few hits (a headline's number and its neighbours one typo away): {}
                  a query without hits (typo tolerance; the API then asks a second request for "did you mean"): {}
                """, iterations, withHits, withoutHits);
    }

    /**
     * The reader's search (typo tolerance, highlights; facets when asked) beside a plain {@code multi_match}
     * (best_fields over headline, teaser and body, the same page of the same fields) on the same alias, on a
     * demo-sized index and on {@code bench.articles} articles: each query's median and p95 as Elasticsearch reports it
     * ({@code took}), sent straight there with the Java client (both requests the service sends when the first finds
     * little), the same counted by themes and types as the website's search page asks (every request the service
     * sends for it), through {@code GET /api/search}, and the ratios of the medians; for words with a typo also beside
     * the plain {@code multi_match} forgiving typos (fuzziness AUTO), which finds what the reader's search finds. With
     * {@code -Dbench.without-request-cache=true} the shard request cache is off, so no repeat is answered from it.
     */
    @Test
    void costsLittleMoreThanAPlainMultiMatch() throws Exception {
        int demoSize = Integer.getInteger("bench.demo-articles", 50);
        int largeSize = Integer.getInteger("bench.articles", 50_000);
        int rounds = Integer.getInteger("bench.query-rounds", 20);
        for (var physical : index.physicalIndices()) {
            index.delete(physical);
        }
        index.ensureExists();
        if (Boolean.getBoolean("bench.without-request-cache")) {
            var settings = new Request("PUT", "/" + index.alias() + "/_settings");
            settings.setJsonEntity("{\"index.requests.cache.enable\":false}");
            restClient.performRequest(settings);
        }
        indexArticles(0, demoSize);
        var demo = readerBesidePlain(rounds);
        indexArticles(demoSize, largeSize);
        var large = readerBesidePlain(rounds);
        log.info(
                """

                Reader query against a plain multi_match ({} rounds of {} queries after 5 warm-up rounds, interleaved;
                {} paragraphs of body each; the median of the reader's time divided by the plain query's)
                demo-sized index, {} articles:
                {}
                {} articles:
                {}
                """,
                rounds,
                QUERIES_AS_TYPED.size() + QUERIES_WITH_TYPOS.size(),
                PARAGRAPHS,
                demoSize,
                demo,
                largeSize,
                large);
    }

    /** Words readers type, found as typed or inflected: one request. */
    private static final List<String> QUERIES_AS_TYPED = List.of(
            "klima",
            "energi",
            "vindmøller",
            "kommune",
            "Aarhus",
            "klima virksomheder",
            "grundvand landbrug",
            "elbiler transport",
            "affald genbrug",
            "bæredygtighed rapportering investorer");
    /** Words with a typo, found only when typos are forgiven: two requests. */
    private static final List<String> QUERIES_WITH_TYPOS = List.of("klimma", "vindmøler", "biodiversitat");

    private String readerBesidePlain(int rounds) throws IOException, InterruptedException {
        elasticsearch.indices().refresh(refresh -> refresh.index(index.alias()));
        var http = HttpClient.newHttpClient();
        var timings = new Timings();
        var typoTimings = new Timings();
        for (int round = -5; round < rounds; round++) {
            for (var words : QUERIES_AS_TYPED) {
                timeReaderAndPlain(http, words, round < 0 ? new Timings() : timings, false);
            }
            for (var words : QUERIES_WITH_TYPOS) {
                timeReaderAndPlain(http, words, round < 0 ? new Timings() : typoTimings, true);
            }
        }
        return "  words as typed " + QUERIES_AS_TYPED + ":\n" + timings + "\n  words with a typo "
                + QUERIES_WITH_TYPOS + " (the first request finds little, a second forgives typos):\n" + typoTimings
                + "\n  where the reader's first request spends its time (Elasticsearch's profile, median ms per query "
                + "of the words as typed):\n    " + whereTheTimeGoes(null)
                + "\n  and counted by themes and types, every request the counted search sends:\n    "
                + whereTheTimeGoes("themes,types") + "\n  " + requestCacheUse();
    }

    /**
     * How often Elasticsearch's shard request cache answered so far: the benchmark's requests carry the time to the
     * millisecond in the visibility filter, so a repeat is no cache hit unless this says so.
     */
    private String requestCacheUse() throws IOException {
        var cache = JsonMapper.builder()
                .build()
                .readTree(EntityUtils.toString(restClient
                        .performRequest(new Request("GET", "/" + index.alias() + "/_stats/request_cache"))
                        .getEntity()))
                .get("_all")
                .get("total")
                .get("request_cache");
        return "shard request cache so far: " + cache.get("hit_count").asLong() + " hits, "
                + cache.get("miss_count").asLong() + " misses";
    }

    /**
     * The median of each part of the first search's time, as {@code "profile": true} reports it, summed over the
     * requests it sends.
     */
    private String whereTheTimeGoes(String facets) throws IOException {
        var json = JsonMapper.builder().build();
        var parts = new LinkedHashMap<String, List<Long>>();
        for (var words : QUERIES_AS_TYPED) {
            var criteria = SearchCriteria.parse(
                    words, null, null, null, null, null, null, null, null, null, null, null, null, facets);
            var spent = new LinkedHashMap<String, Long>();
            for (var sent : search.requestsFor(criteria, Instant.now())) {
                var body = JsonpUtils.toJsonString(sent, elasticsearch._jsonpMapper());
                var request = new Request("POST", "/" + index.alias() + "/_search");
                request.setEntity(
                        new StringEntity("{\"profile\":true," + body.substring(1), ContentType.APPLICATION_JSON));
                var shard = json.readTree(EntityUtils.toString(
                                restClient.performRequest(request).getEntity()))
                        .get("profile")
                        .get("shards")
                        .get(0);
                var searched = shard.get("searches").get(0);
                long query = 0;
                for (var part : searched.get("query")) {
                    query += part.get("time_in_nanos").asLong();
                }
                spent.merge("query", query, Long::sum);
                spent.merge(
                        "collect",
                        searched.get("collector").get(0).get("time_in_nanos").asLong(),
                        Long::sum);
                spent.merge("rewrite", searched.get("rewrite_time").asLong(), Long::sum);
                for (var aggregation : shard.get("aggregations")) {
                    spent.merge(
                            "aggregation " + aggregation.get("description").asString(),
                            aggregation.get("time_in_nanos").asLong(),
                            Long::sum);
                }
                var fetch = shard.get("fetch");
                if (fetch != null) {
                    for (var phase : fetch.get("children")) {
                        spent.merge(
                                "fetch " + phase.get("type").asString().replace("Phase", ""),
                                phase.get("time_in_nanos").asLong(),
                                Long::sum);
                    }
                }
            }
            spent.forEach((part, nanos) ->
                    parts.computeIfAbsent(part, name -> new ArrayList<>()).add(nanos));
        }
        return parts.entrySet().stream()
                .map(part -> part.getKey() + " "
                        + millis(part.getValue().stream().sorted().toList(), 0.5))
                .collect(Collectors.joining(", "));
    }

    /**
     * Times the reader's search beside the plain {@code multi_match}, and for words with a typo ({@code withTypos})
     * also beside the same plain query forgiving typos (fuzziness AUTO), the like-for-like comparison.
     */
    private void timeReaderAndPlain(HttpClient http, String words, Timings timings, boolean withTypos)
            throws IOException, InterruptedException {
        var criteria = SearchCriteria.parse(
                words, null, null, null, null, null, null, null, null, null, null, null, null, null);
        var now = Instant.now();
        long started = System.nanoTime();
        var first = elasticsearch.search(search.requestFor(criteria, now), Map.class);
        long took = first.took();
        if (ContentSearch.findsLittle(criteria, first)) {
            took += elasticsearch
                    .search(search.typoForgivingRequestFor(criteria, now), Map.class)
                    .took();
        }
        timings.reader.add(System.nanoTime() - started);
        timings.readerTook.add(took * 1_000_000L);

        var counted = SearchCriteria.parse(
                words, null, null, null, null, null, null, null, null, null, null, null, null, "themes,types");
        started = System.nanoTime();
        search.ask(counted, now);
        timings.readerCounted.add(System.nanoTime() - started);

        timings.api.add(time(
                http,
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/search?q="
                                + URLEncoder.encode(words, StandardCharsets.UTF_8)))
                        .GET()
                        .build()));

        started = System.nanoTime();
        var plain = elasticsearch.search(
                search -> search.index(index.alias())
                        .size(criteria.size())
                        .source(source ->
                                source.filter(filter -> filter.includes(ContentFields.sourceFields(criteria.fields()))))
                        .query(query -> query.multiMatch(match -> match.query(words)
                                .fields("headline", "teaser", "body")
                                .type(TextQueryType.BestFields))),
                Map.class);
        timings.plain.add(System.nanoTime() - started);
        timings.plainTook.add(plain.took() * 1_000_000L);

        if (withTypos) {
            started = System.nanoTime();
            var plainFuzzy = elasticsearch.search(
                    search -> search.index(index.alias())
                            .size(criteria.size())
                            .source(source -> source.filter(
                                    filter -> filter.includes(ContentFields.sourceFields(criteria.fields()))))
                            .query(query -> query.multiMatch(match -> match.query(words)
                                    .fields("headline", "teaser", "body")
                                    .type(TextQueryType.BestFields)
                                    .fuzziness("AUTO"))),
                    Map.class);
            timings.plainFuzzy.add(System.nanoTime() - started);
            timings.plainFuzzyTook.add(plainFuzzy.took() * 1_000_000L);
        }
    }

    /** Nanoseconds of each kind of request, Elasticsearch's {@code took} among them. */
    private static final class Timings {

        final List<Long> reader = new ArrayList<>();
        final List<Long> readerTook = new ArrayList<>();
        final List<Long> readerCounted = new ArrayList<>();
        final List<Long> api = new ArrayList<>();
        final List<Long> plain = new ArrayList<>();
        final List<Long> plainTook = new ArrayList<>();
        final List<Long> plainFuzzy = new ArrayList<>();
        final List<Long> plainFuzzyTook = new ArrayList<>();

        @Override
        public String toString() {
            return plainFuzzy.isEmpty()
                    ? beside()
                    : beside()
                            + String.format(
                                    "%n    plain multi_match, fuzziness AUTO      ms: p50 %s  p95 %s  (took p50 %s  p95 %s)%n"
                                            + "    reader / plain fuzzy, medians: %s straight, %s counted by two facets, "
                                            + "%s through the API, %s in took",
                                    p(plainFuzzy, 0.5),
                                    p(plainFuzzy, 0.95),
                                    p(plainFuzzyTook, 0.5),
                                    p(plainFuzzyTook, 0.95),
                                    ratio(reader, plainFuzzy),
                                    ratio(readerCounted, plainFuzzy),
                                    ratio(api, plainFuzzy),
                                    ratio(readerTook, plainFuzzyTook));
        }

        private String beside() {
            return String.format(
                    "    reader query straight to Elasticsearch ms: p50 %s  p95 %s  (took p50 %s  p95 %s)%n"
                            + "    the same counted by themes and types   ms: p50 %s  p95 %s  (the website's search page)%n"
                            + "    reader query through GET /api/search   ms: p50 %s  p95 %s%n"
                            + "    plain multi_match                      ms: p50 %s  p95 %s  (took p50 %s  p95 %s)%n"
                            + "    reader / plain, medians: %s straight, %s counted by two facets, %s through the API, "
                            + "%s in took",
                    p(reader, 0.5),
                    p(reader, 0.95),
                    p(readerTook, 0.5),
                    p(readerTook, 0.95),
                    p(readerCounted, 0.5),
                    p(readerCounted, 0.95),
                    p(api, 0.5),
                    p(api, 0.95),
                    p(plain, 0.5),
                    p(plain, 0.95),
                    p(plainTook, 0.5),
                    p(plainTook, 0.95),
                    ratio(reader, plain),
                    ratio(readerCounted, plain),
                    ratio(api, plain),
                    ratio(readerTook, plainTook));
        }

        private static String p(List<Long> nanos, double quantile) {
            return millis(nanos.stream().sorted().toList(), quantile);
        }

        private static String ratio(List<Long> numerator, List<Long> denominator) {
            double below = median(denominator);
            return below == 0 ? "-" : String.format("%.1fx", median(numerator) / below);
        }

        private static double median(List<Long> nanos) {
            var sorted = nanos.stream().sorted().toList();
            return sorted.get(sorted.size() / 2);
        }
    }

    private void indexArticles(int from, int to) throws IOException {
        var corpus = new ArrayList<PresslineEvent>();
        for (int i = from; i < to; i++) {
            corpus.add(article(i));
            if (corpus.size() == 1_000 || i == to - 1) {
                indexer.index(corpus);
                corpus.clear();
            }
        }
        elasticsearch.indices().refresh(refresh -> refresh.index(index.alias()));
    }

    /** Times the same search straight to Elasticsearch, through the reader API, and in process, interleaved. */
    private String overhead(String words, int iterations) throws IOException, InterruptedException {
        var criteria = SearchCriteria.parse(
                words, "klima", null, null, null, null, null, null, null, null, null, null, null, null);
        var body = JsonpUtils.toJsonString(search.requestFor(criteria, Instant.now()), elasticsearch._jsonpMapper());
        var http = HttpClient.newHttpClient();
        var direct = HttpRequest.newBuilder(
                        URI.create(elasticsearchProperties.url() + "/" + index.alias() + "/_search"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        var viaApi = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/search?q="
                        + URLEncoder.encode(words, StandardCharsets.UTF_8) + "&themes=klima"))
                .GET()
                .build();

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
        return String.format(
                """
                "%s", %d hits
                    straight to Elasticsearch ms: p50 %s  p95 %s
                    through GET /api/search  ms: p50 %s  p95 %s
                    ContentSearch in process (no HTTP in front) ms: p50 %s
                    added to the median: %s ms""",
                words,
                hits,
                millis(straight, 0.5),
                millis(straight, 0.95),
                millis(api, 0.5),
                millis(api, 0.95),
                millis(inProcess, 0.5),
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
            var pending = onTopic.keySet().stream()
                    .filter(id -> !searchable.containsKey(id))
                    .toList();
            if (pending.isEmpty()) {
                Thread.onSpinWait();
                continue;
            }
            try {
                var found = elasticsearch.search(
                        s -> s.index(index.alias())
                                .size(pending.size())
                                .query(q -> q.ids(ids -> ids.values(pending)))
                                .source(src -> src.fetch(false)),
                        Map.class);
                long now = System.nanoTime();
                found.hits().hits().forEach(hit -> searchable.putIfAbsent(hit.id(), now));
                TimeUnit.MILLISECONDS.sleep(5);
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private long documents() throws IOException {
        elasticsearch.indices().refresh(refresh -> refresh.index(index.alias()));
        return elasticsearch.count(c -> c.index(index.alias())).count();
    }

    private PresslineEvent article(int number) {
        var body = IntStream.range(0, PARAGRAPHS)
                .mapToObj(paragraph -> "<p>" + words(25) + ".</p>")
                .collect(Collectors.joining());
        return Content.article(words(6) + " " + number)
                .teaser(words(18) + ".")
                .body(body)
                .themes(random.nextBoolean() ? "klima" : "esg", "energi")
                .publishedAt(Instant.now().minus(Duration.ofHours(random.nextInt(24 * 365))))
                .published();
    }

    private String words(int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> WORDS.get(random.nextInt(WORDS.size())))
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
