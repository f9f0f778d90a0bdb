package dk.pressline.search.rebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dk.pressline.events.placement.Product;
import dk.pressline.platform.kafka.KafkaEventSender;
import dk.pressline.search.Content;
import dk.pressline.search.indexing.ContentIndex;
import dk.pressline.testsupport.RealServers;
import dk.pressline.testsupport.Server;
import dk.pressline.testsupport.security.AcceptsTestTokens;
import dk.pressline.testsupport.security.TestTokens;
import dk.pressline.testsupport.web.ApiClient;
import dk.pressline.testsupport.web.PrometheusScrape;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The content index is rebuilt from the topics into a new index behind the alias while readers keep searching. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AcceptsTestTokens
@RealServers({Server.KAFKA, Server.ELASTICSEARCH})
class RebuildTests {

    @LocalServerPort
    int port;

    @Autowired
    KafkaEventSender events;

    @Autowired
    ContentIndex index;

    @Autowired
    ElasticsearchClient elasticsearch;

    @Test
    void rebuildsIntoANewIndexAndSwapsTheAliasWhileEverySearchIsAnswered() throws Exception {
        var articles = IntStream.range(0, 40)
                .mapToObj(i ->
                        Content.article("Klimaplan for kommune nummer " + i).themes("klima"))
                .toList();
        var unpublished = Content.article("Klimaplan der blev trukket tilbage");
        articles.forEach(article -> events.send(article.published()));
        events.send(unpublished.published());
        events.send(unpublished.revision(2).unpublished());
        var summit = Content.placement(Product.EVENT_LISTING, "Klimatopmøde")
                .event(java.time.LocalDate.now().plusDays(5), null, "Vejle");
        events.send(summit.activated());
        var indexed = articles.stream()
                .map(article -> article.snapshot().articleId().toString())
                .collect(Collectors.toCollection(HashSet::new));
        indexed.add(summit.snapshot().bookingId().toString());
        // Every event indexed, the unpublished article gone again: not just any 41 documents on the way there.
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(allDocuments().keySet()).containsExactlyInAnyOrderElementsOf(indexed));
        var before = allDocuments();

        var searches = new AtomicInteger();
        var failures = new CopyOnWriteArrayList<String>();
        var searching = new AtomicBoolean(true);
        var reader = Thread.ofPlatform().start(() -> {
            while (searching.get()) {
                var response = ApiClient.atLocalPort(port).get("/api/search?q=klimaplan&size=1");
                searches.incrementAndGet();
                if (response.status() != 200
                        || response.json().get("totalItems").asLong() != 40) {
                    failures.add(response.status() + " " + response.body());
                }
            }
        });
        // The reader searches on before, throughout and after the rebuild.
        await().atMost(Duration.ofSeconds(10)).until(() -> searches.get() >= 2);
        var rebuilt = ApiClient.atLocalPort(port)
                .withToken(TestTokens.admin().encode())
                .post("/api/admin/content-index/rebuilds", "");
        int searchedBeforeTheSwapEnded = searches.get();
        await().atMost(Duration.ofSeconds(10)).until(() -> searches.get() >= searchedBeforeTheSwapEnded + 3);
        searching.set(false);
        reader.join();

        assertThat(rebuilt.status()).as(rebuilt.body()).isEqualTo(200);
        assertThat(rebuilt.json().get("newIndex").asString()).isEqualTo(index.alias() + "-v2");
        assertThat(rebuilt.json().get("documents").asLong()).isEqualTo(41);
        assertThat(index.physicalIndices()).containsExactly(index.alias() + "-v2");
        assertThat(failures).isEmpty();
        assertThat(allDocuments())
                .as("the rebuilt index holds exactly what the old one held")
                .isEqualTo(before);
        var status = ApiClient.atLocalPort(port)
                .withToken(TestTokens.admin().encode())
                .get("/api/admin/content-index")
                .json()
                .get("rebuild");
        assertThat(status.get("running").asBoolean()).isFalse();
        var progress = status.get("progress");
        assertThat(progress.get("done").asLong())
                .as("records replayed")
                .isEqualTo(rebuilt.json().get("events").asLong())
                .isEqualTo(progress.get("total").asLong());
        assertThat(progress.get("secondsLeft").asDouble()).isZero();
        assertThat(progress.get("finishedAt").isNull()).isFalse();
        assertThat(PrometheusScrape.ofLocalPort(port).value("pressline_search_rebuild_records_done_records"))
                .hasValue((double) progress.get("done").asLong());

        var afterwards = Content.article("Klimaplan vedtaget efter ombygningen");
        events.send(afterwards.published());
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(total("klimaplan")).isEqualTo(41));
    }

    @Test
    void letsOnlyAdministratorsRebuild() {
        ApiClient.atLocalPort(port)
                .post("/api/admin/content-index/rebuilds", "")
                .assertProblem(401);
        ApiClient.atLocalPort(port)
                .withToken(TestTokens.editor().encode())
                .post("/api/admin/content-index/rebuilds", "")
                .assertProblem(403);
    }

    private long total(String words) {
        var response = ApiClient.atLocalPort(port).get("/api/search?q=" + words);
        assertThat(response.status()).isEqualTo(200);
        return response.json().get("totalItems").asLong();
    }

    /** Every document with its version, by id. */
    private Map<String, List<Object>> allDocuments() throws IOException {
        elasticsearch.indices().refresh(refresh -> refresh.index(index.alias()));
        var response = elasticsearch.search(
                search -> search.index(index.alias()).size(1000).version(true), Map.class);
        var documents = new TreeMap<String, List<Object>>();
        response.hits()
                .hits()
                .forEach(hit -> documents.put(hit.id(), new ArrayList<>(List.of(hit.version(), hit.source()))));
        return documents;
    }
}
