package dk.pressline.search.indexing;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import dk.pressline.events.PresslineEvent;
import dk.pressline.events.article.ArticleEvent;
import dk.pressline.events.article.ArticleUnpublished;
import dk.pressline.events.placement.PlacementEvent;
import dk.pressline.events.placement.PlacementWithdrawn;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Writes a batch of article and placement events to the content index in one bulk request. Each write carries the
 * article's or booking's revision as an external version, so a replayed or duplicated event changes nothing and an
 * older revision never overwrites a newer one; an unpublished article or withdrawn booking is deleted.
 */
@Component
public class ContentIndexer {

    private static final String STALE = "version_conflict_engine_exception";
    /** The document itself is wrong (it breaks the mapping, say); anything else, such as a write block, passes. */
    private static final int BAD_DOCUMENT = 400;

    private final ElasticsearchClient elasticsearch;
    private final ContentIndex index;

    ContentIndexer(ElasticsearchClient elasticsearch, ContentIndex index) {
        this.elasticsearch = elasticsearch;
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
        var written = new ArrayList<PresslineEvent>();
        var bulk = new BulkRequest.Builder();
        for (var event : events) {
            if (addOperation(bulk, event, target)) {
                written.add(event);
            }
        }
        if (written.isEmpty()) {
            return List.of();
        }
        var response = elasticsearch.bulk(bulk.build());
        if (!response.errors()) {
            return List.of();
        }
        var refusals = new ArrayList<Refusal>();
        var passing = new ArrayList<String>();
        var items = response.items();
        for (int i = 0; i < items.size(); i++) {
            var item = items.get(i);
            if (item.error() == null || STALE.equals(item.error().type())) {
                continue;
            }
            if (item.status() == BAD_DOCUMENT) {
                refusals.add(new Refusal(written.get(i), describe(item)));
            }
            else {
                passing.add(describe(item));
            }
        }
        if (!passing.isEmpty()) {
            throw new IndexingFailedException(passing);
        }
        return refusals;
    }

    private boolean addOperation(BulkRequest.Builder bulk, PresslineEvent event, String target) {
        return switch (event) {
            case ArticleEvent article -> addArticle(bulk, article, target);
            case PlacementEvent placement -> addPlacement(bulk, placement, target);
            default -> false;
        };
    }

    private boolean addArticle(BulkRequest.Builder bulk, ArticleEvent event, String target) {
        var article = event.article();
        var id = article.articleId().toString();
        if (event instanceof ArticleUnpublished) {
            delete(bulk, target, id, article.revision());
        }
        else {
            write(bulk, target, id, article.revision(), ArticleDocuments.of(article));
        }
        return true;
    }

    private boolean addPlacement(BulkRequest.Builder bulk, PlacementEvent event, String target) {
        var placement = event.placement();
        var type = PlacementDocuments.typeOf(placement.product());
        if (type.isEmpty()) {
            return false;
        }
        var id = placement.bookingId().toString();
        if (event instanceof PlacementWithdrawn) {
            delete(bulk, target, id, placement.revision());
        }
        else {
            write(bulk, target, id, placement.revision(), PlacementDocuments.of(placement, type.get()));
        }
        return true;
    }

    private static void write(BulkRequest.Builder bulk, String target, String id, long revision,
            Map<String, Object> document) {
        var withoutNulls = new LinkedHashMap<String, Object>();
        document.forEach((field, value) -> {
            if (value != null) {
                withoutNulls.put(field, value);
            }
        });
        bulk.operations(operation -> operation.index(write -> write.index(target).id(id)
                .version(revision).versionType(VersionType.External).document(withoutNulls)));
    }

    private static void delete(BulkRequest.Builder bulk, String target, String id, long revision) {
        bulk.operations(operation -> operation.delete(delete -> delete
                .index(target).id(id).version(revision).versionType(VersionType.External)));
    }

    private static String describe(BulkResponseItem item) {
        return item.id() + ": " + item.error().type() + " " + item.error().reason();
    }

    /** An event whose document Elasticsearch will never accept, and why. */
    public record Refusal(PresslineEvent event, String reason) {
    }
}
