package dk.pressline.search;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Refresh;
import dk.pressline.search.config.ElasticsearchProperties;
import dk.pressline.testsupport.RealServers;
import dk.pressline.testsupport.Server;
import java.io.IOException;
import java.io.StringReader;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The Elasticsearch the tests run has the project's analysis plugin installed, and Danish words meet however inflected. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = SharedServiceProperties.DEAD_LETTER_METRICS_REFRESH)
@RealServers({Server.KAFKA, Server.ELASTICSEARCH})
class DanishAnalysisTests {

    @Autowired
    ElasticsearchClient elasticsearch;

    @Autowired
    ElasticsearchProperties properties;

    @Test
    void findsKoebenhavnsWhenAReaderSearchesForKoebenhavnOrKobenhavn() throws IOException {
        var index = properties.indexPrefix() + "danish-analysis";
        elasticsearch.indices().create(create -> create.index(index).withJson(new StringReader("""
                {"mappings": {"properties": {
                  "headline": {"type": "text", "analyzer": "pressline_danish"},
                  "suggest": {"type": "text", "analyzer": "pressline_autocomplete",
                              "search_analyzer": "pressline_autocomplete_search"}}}}""")));
        elasticsearch.index(document -> document.index(index)
                .id("1")
                .refresh(Refresh.True)
                .document(Map.of(
                        "headline",
                        "Københavns bæredygtige byer og klimaplanerne",
                        "suggest",
                        "Klimaplaner i København")));

        for (var query : new String[] {"københavn", "kobenhavn", "klimaplan", "bæredygtig"}) {
            var hits = elasticsearch
                    .search(
                            search -> search.index(index)
                                    .query(q -> q.match(
                                            match -> match.field("headline").query(query))),
                            Map.class)
                    .hits();
            assertThat(hits.total().value()).as(query).isEqualTo(1);
        }
        var suggestions = elasticsearch
                .search(
                        search -> search.index(index)
                                .query(q ->
                                        q.match(match -> match.field("suggest").query("klim"))),
                        Map.class)
                .hits();
        assertThat(suggestions.total().value()).as("autocomplete on a prefix").isEqualTo(1);
    }
}
