package dk.pressline.search.relevance;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The plain baseline Pressline's ranking is measured against: the same documents' headline, teaser and body in an
 * index analysed by Lucene's stock Danish analyzer, searched with one {@code multi_match} (best_fields). The
 * distribution the tests run has no analysis-common module, so no {@code danish} analyzer: the analysis plugin offers
 * the very same Lucene {@code DanishAnalyzer} as {@code lucene_danish}.
 */
final class PlainBaseline {

    static final List<String> FIELDS = List.of("headline", "teaser", "body");
    private static final String LUCENE_DANISH = "lucene_danish";

    private final ElasticsearchClient elasticsearch;
    private final String index;

    private PlainBaseline(ElasticsearchClient elasticsearch, String index) {
        this.elasticsearch = elasticsearch;
        this.index = index;
    }

    /** Copies every document of {@code contentIndex} into a fresh baseline index {@code index}. */
    static PlainBaseline copiedFrom(ElasticsearchClient elasticsearch, String contentIndex, String index)
            throws IOException {
        if (elasticsearch.indices().exists(request -> request.index(index)).value()) {
            elasticsearch.indices().delete(request -> request.index(index));
        }
        elasticsearch
                .indices()
                .create(request -> request.index(index)
                        .settings(settings -> settings.numberOfShards("1").numberOfReplicas("0"))
                        .mappings(mappings -> {
                            FIELDS.forEach(
                                    field -> mappings.properties(field, p -> p.text(t -> t.analyzer(LUCENE_DANISH))));
                            return mappings;
                        }));
        var documents = elasticsearch.search(
                search -> search.index(contentIndex)
                        .size(10_000)
                        .source(source -> source.filter(filter -> filter.includes("id", "headline", "teaser", "body"))),
                Map.class);
        var bulk = new BulkRequest.Builder().index(index);
        for (Hit<Map> hit : documents.hits().hits()) {
            var document = new LinkedHashMap<String, Object>();
            FIELDS.forEach(field -> document.put(field, hit.source().get(field)));
            bulk.operations(
                    operation -> operation.index(write -> write.id(hit.id()).document(document)));
        }
        var response = elasticsearch.bulk(bulk.build());
        if (response.errors()) {
            throw new IllegalStateException("The baseline index refused documents");
        }
        elasticsearch.indices().refresh(refresh -> refresh.index(index));
        return new PlainBaseline(elasticsearch, index);
    }

    List<String> firstResults(String words, int count) throws IOException {
        return search(words, count).hits().hits().stream().map(Hit::id).toList();
    }

    /** Milliseconds Elasticsearch took to answer the baseline's query, as it reports them. */
    long tookMillis(String words, int count) throws IOException {
        return search(words, count).took();
    }

    private SearchResponse<Map> search(String words, int count) throws IOException {
        return elasticsearch.search(
                search -> search.index(index)
                        .size(count)
                        .source(source -> source.fetch(false))
                        .query(query -> query.multiMatch(
                                match -> match.query(words).fields(FIELDS).type(TextQueryType.BestFields))),
                Map.class);
    }

    void delete() throws IOException {
        elasticsearch.indices().delete(request -> request.index(index));
    }
}
