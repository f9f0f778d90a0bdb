package dk.pressline.search;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dk.pressline.events.PresslineEvent;
import dk.pressline.search.indexing.ContentIndex;
import dk.pressline.search.indexing.ContentIndexer;
import dk.pressline.testsupport.RealServers;
import dk.pressline.testsupport.Server;
import dk.pressline.testsupport.web.ApiClient;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cache.CacheManager;
import tools.jackson.databind.JsonNode;

/**
 * Tests of what readers get over HTTP from a known corpus: the corpus is indexed straight into an emptied content
 * index (test classes with this configuration share a Spring context, and with it the index) before the tests run.
 * The site is at {@link #SITE_URL}, an origin no event of the corpus uses.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "pressline.site-url=" + ReaderApiTestBase.SITE_URL)
@RealServers({Server.KAFKA, Server.ELASTICSEARCH})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ReaderApiTestBase {

    protected static final String SITE_URL = "https://nyheder.example";

    @LocalServerPort
    protected int port;

    @Autowired
    protected ContentIndex index;

    @Autowired
    protected ContentIndexer indexer;

    @Autowired
    protected ElasticsearchClient elasticsearch;

    @Autowired
    CacheManager caches;

    /** The events to index, in order. */
    protected abstract List<PresslineEvent> corpus();

    @BeforeAll
    void indexCorpus() throws IOException {
        for (var physical : index.physicalIndices()) {
            index.delete(physical);
        }
        index.ensureExists();
        assertThat(indexer.index(corpus())).as("events Elasticsearch refused").isEmpty();
        elasticsearch.indices().refresh(refresh -> refresh.index(index.alias()));
        // The index was swapped under the service, which no event told: nothing a previous class read may remain.
        clearCaches();
    }

    protected void clearCaches() {
        caches.getCacheNames().forEach(name -> caches.getCache(name).clear());
    }

    protected ApiClient api() {
        return ApiClient.atLocalPort(port);
    }

    /** The answer to a reader's search with these query parameters, which must be 200. */
    protected JsonNode search(String parameters) {
        var response = api().get("/api/search?" + parameters);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    /** The headlines a reader's search with these query parameters answers with, in order. */
    protected List<String> headlines(String parameters) {
        var headlines = new ArrayList<String>();
        search(parameters)
                .get("items")
                .forEach(result ->
                        headlines.add(result.get("fields").get("headline").asString()));
        return headlines;
    }

    /** Asserts that {@code path} answers 400 naming {@code field}, in words that begin as given and name no type. */
    protected void assertRefused(String path, String field, String reasonBeginning) {
        var problem = api().sendingUndocumentedRequests().get(path).assertProblem(400);
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo(field);
        assertThat(problem.get("errors").get(0).get("reason").asString())
                .isNotBlank()
                .startsWith(reasonBeginning)
                .doesNotContain("Integer", "Long", "java.");
    }
}
