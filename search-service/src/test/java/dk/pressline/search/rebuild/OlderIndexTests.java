package dk.pressline.search.rebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dk.pressline.platform.kafka.KafkaEventSender;
import dk.pressline.search.Content;
import dk.pressline.search.indexing.ContentIndex;
import dk.pressline.testsupport.RealServers;
import dk.pressline.testsupport.Server;
import dk.pressline.testsupport.security.AcceptsTestTokens;
import dk.pressline.testsupport.security.TestTokens;
import dk.pressline.testsupport.web.ApiClient;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * An index made from an older mapping keeps answering readers until it is rebuilt: here one made before the mapping
 * kept term vectors for the fast vector highlighter, which refuses fields without them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// A service of its own, as one started on an older index is: a shared one has already seen a newer index's mapping.
@DirtiesContext(classMode = DirtiesContext.ClassMode.BEFORE_CLASS)
@AcceptsTestTokens
@RealServers({Server.KAFKA, Server.ELASTICSEARCH})
class OlderIndexTests {

    @LocalServerPort
    int port;

    @Autowired
    KafkaEventSender events;

    @Autowired
    ContentIndex index;

    @Autowired
    ElasticsearchClient elasticsearch;

    @Test
    void highlightsAnIndexMadeBeforeTermVectorsAndUsesThemOnceItIsRebuilt() throws Exception {
        for (var physical : index.physicalIndices()) {
            index.delete(physical);
        }
        createWithoutTermVectors(index.alias() + "-v1");
        events.send(Content.article("Skovrejsning beskytter grundvandet")
                .body("<p>Ny skov ved Viborg.</p>")
                .published());
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(highlightedHeadline("skovrejsning"))
                        .isEqualTo("<em>Skovrejsning</em> beskytter grundvandet"));
        assertThat(index.keepsTermVectors()).isFalse();

        var rebuilt = ApiClient.atLocalPort(port)
                .withToken(TestTokens.admin().encode())
                .post("/api/admin/content-index/rebuilds", "");

        assertThat(rebuilt.status()).as(rebuilt.body()).isEqualTo(200);
        assertThat(index.keepsTermVectors()).isTrue();
        assertThat(highlightedHeadline("skovrejsning")).isEqualTo("<em>Skovrejsning</em> beskytter grundvandet");
    }

    private String highlightedHeadline(String words) {
        var response = ApiClient.atLocalPort(port).get("/api/search?q=" + words);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        var items = response.json().get("items");
        assertThat(items).hasSize(1);
        return items.get(0).get("highlights").get("headline").get(0).asString();
    }

    /** The current mapping without the term vectors, behind the alias, as an index made before them was. */
    private void createWithoutTermVectors(String name) throws Exception {
        var json = JsonMapper.builder().build();
        ObjectNode settings;
        try (var mapping = ContentIndex.class.getResourceAsStream("/elasticsearch/content-index.json")) {
            settings = (ObjectNode) json.readTree(mapping);
        }
        var properties = settings.get("mappings").get("properties");
        for (var field : ContentIndex.TERM_VECTOR_FIELDS) {
            assertThat(((ObjectNode) properties.get(field)).remove("term_vector"))
                    .as(field)
                    .isNotNull();
        }
        var older = settings.toString().getBytes(StandardCharsets.UTF_8);
        elasticsearch
                .indices()
                .create(request -> request.index(name)
                        .withJson(new ByteArrayInputStream(older))
                        .aliases(index.alias(), alias -> alias.isWriteIndex(true)));
    }
}
