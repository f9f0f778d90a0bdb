package dk.pressline.search.indexing;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SequenceWriter;
import dk.pressline.events.PresslineEvent;
import dk.pressline.events.article.ArticleEvent;
import dk.pressline.events.article.ArticleUnpublished;
import dk.pressline.events.placement.PlacementEvent;
import dk.pressline.events.placement.PlacementWithdrawn;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.http.entity.ByteArrayEntity;
import org.apache.http.entity.ContentType;
import org.apache.http.util.EntityUtils;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;
import org.springframework.stereotype.Component;

/**
 * Writes a batch of article and placement events to the content index in one bulk request. Each write carries the
 * article's or booking's revision as an external version, so a replayed or duplicated event changes nothing and an
 * older revision never overwrites a newer one; an unpublished article or withdrawn booking is deleted.
 *
 * <p>The bulk body is written as NDJSON bytes, with the typed client's own object mapper, and sent through the
 * low-level client; the response is read item by item only when it reports errors. {@link #bulkBody} gives the same
 * bytes to whoever wants to measure Elasticsearch alone on them.
 */
@Component
public class ContentIndexer {

    private static final String STALE = "version_conflict_engine_exception";
    /** The document itself is wrong (it breaks the mapping, say); anything else, such as a write block, passes. */
    private static final int BAD_DOCUMENT = 400;

    private static final ContentType NDJSON = ContentType.create("application/x-ndjson");

    private final RestClient restClient;
    private final ObjectMapper json;
    private final ContentIndex index;

    ContentIndexer(RestClient restClient, ElasticsearchClient elasticsearch, ContentIndex index) {
        this.restClient = restClient;
        this.json = ((JacksonJsonpMapper) elasticsearch._jsonpMapper()).objectMapper();
        this.index = index;
    }

    /** Indexes through the alias readers search. */
    public List<Refusal> index(List<? extends PresslineEvent> events) throws IOException {
        return index(events, index.alias());
    }

    /**
     * @param target the alias or physical index to write to
     * @return the events Elasticsearch refused as documents it can never accept (they belong in a dead-letter topic)
     * @throws IndexingFailedException when Elasticsearch refused writes for a passing reason, such as overload or a
     *     write block, so the whole batch must be tried again
     */
    public List<Refusal> index(List<? extends PresslineEvent> events, String target) throws IOException {
        var written = new ArrayList<PresslineEvent>(events.size());
        var body = bulkBody(events, target, written);
        if (written.isEmpty()) {
            return List.of();
        }
        var request = new Request("POST", "/_bulk");
        request.setEntity(new ByteArrayEntity(body.toByteArray(), NDJSON));
        return refusals(
                EntityUtils.toByteArray(restClient.performRequest(request).getEntity()), written);
    }

    /**
     * The NDJSON body of the bulk request that writes these events to {@code target}.
     *
     * @param written receives the events that have an operation in it, in order (events of products that are not
     *     indexed have none)
     */
    public ByteArrayOutputStream bulkBody(
            List<? extends PresslineEvent> events, String target, List<PresslineEvent> written) throws IOException {
        var body = new ByteArrayOutputStream(events.size() * 4096);
        try (var lines = json.writer().withRootValueSeparator("\n").writeValues(body)) {
            for (var event : events) {
                if (addOperation(lines, event, target)) {
                    written.add(event);
                }
            }
        }
        body.write('\n');
        return body;
    }

    private List<Refusal> refusals(byte[] content, List<PresslineEvent> written) throws IOException {
        if (!reportsErrors(content)) {
            return List.of();
        }
        var response = json.readTree(content);
        var refusals = new ArrayList<Refusal>();
        var passing = new ArrayList<String>();
        var items = response.path("items");
        for (int i = 0; i < items.size(); i++) {
            var item = items.get(i).elements().next();
            var error = item.path("error");
            if (error.isMissingNode() || STALE.equals(error.path("type").asText())) {
                continue;
            }
            if (item.path("status").asInt() == BAD_DOCUMENT) {
                refusals.add(new Refusal(written.get(i), describe(item)));
            } else {
                passing.add(describe(item));
            }
        }
        if (!passing.isEmpty()) {
            throw new IndexingFailedException(passing);
        }
        return refusals;
    }

    /** Reads the response's top-level fields only as far as {@code errors}, which Elasticsearch writes first. */
    private boolean reportsErrors(byte[] content) throws IOException {
        try (var parser = json.createParser(content)) {
            parser.nextToken();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                var field = parser.currentName();
                var value = parser.nextToken();
                if ("errors".equals(field)) {
                    return value == JsonToken.VALUE_TRUE;
                }
                parser.skipChildren();
            }
            return false;
        }
    }

    private boolean addOperation(SequenceWriter lines, PresslineEvent event, String target) throws IOException {
        return switch (event) {
            case ArticleEvent article -> addArticle(lines, article, target);
            case PlacementEvent placement -> addPlacement(lines, placement, target);
            default -> false;
        };
    }

    private static boolean addArticle(SequenceWriter lines, ArticleEvent event, String target) throws IOException {
        var article = event.article();
        var id = article.articleId().toString();
        if (event instanceof ArticleUnpublished) {
            lines.write(action("delete", target, id, article.revision()));
        } else {
            write(lines, target, id, article.revision(), ArticleDocuments.of(article));
        }
        return true;
    }

    private static boolean addPlacement(SequenceWriter lines, PlacementEvent event, String target) throws IOException {
        var placement = event.placement();
        var type = PlacementDocuments.typeOf(placement.product());
        if (type.isEmpty()) {
            return false;
        }
        var id = placement.bookingId().toString();
        if (event instanceof PlacementWithdrawn) {
            lines.write(action("delete", target, id, placement.revision()));
        } else {
            write(lines, target, id, placement.revision(), PlacementDocuments.of(placement, type.get()));
        }
        return true;
    }

    private static void write(
            SequenceWriter lines, String target, String id, long revision, Map<String, Object> document)
            throws IOException {
        var withoutNulls = new LinkedHashMap<String, Object>();
        document.forEach((field, value) -> {
            if (value != null) {
                withoutNulls.put(field, value);
            }
        });
        lines.write(action("index", target, id, revision));
        lines.write(withoutNulls);
    }

    private static Map<String, Object> action(String operation, String target, String id, long revision) {
        return Map.of(operation, Map.of("_index", target, "_id", id, "version", revision, "version_type", "external"));
    }

    private static String describe(JsonNode item) {
        var error = item.path("error");
        return item.path("_id").asText() + ": " + error.path("type").asText() + " "
                + error.path("reason").asText();
    }

    /** An event whose document Elasticsearch will never accept, and why. */
    public record Refusal(PresslineEvent event, String reason) {}
}
