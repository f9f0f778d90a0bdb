package dk.pressline.search.search;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * The parts of Elasticsearch's search response a reader's search uses, read straight from its JSON: the typed
 * client's generic response model costs more to build than the search takes in Elasticsearch.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record SearchResponseBody(Hits hits, Map<String, Aggregation> aggregations, Map<String, List<Suggestion>> suggest) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Hits(Total total, List<Hit> hits) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Total(long value) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Hit(@JsonProperty("_source") Map<String, Object> source, Map<String, List<String>> highlight) {
    }

    /** A terms or date histogram aggregation. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Aggregation(List<Bucket> buckets) {
    }

    /** A phrase suggester's answer for the text searched. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Suggestion(List<Option> options) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Option(String text) {
    }

    /** @param keyAsString the formatted key of a date histogram's bucket; {@code null} for terms */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Bucket(Object key, @JsonProperty("key_as_string") String keyAsString,
            @JsonProperty("doc_count") long docCount) {
    }
}
