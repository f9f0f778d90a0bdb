package dk.pressline.search.indexing;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.bulk.BulkResponseItem;
import dk.pressline.events.article.ArticleCorrected;
import dk.pressline.events.article.ArticleEvent;
import dk.pressline.events.article.ArticlePublished;
import dk.pressline.events.article.ArticleUnpublished;
import dk.pressline.events.article.ArticleUpdated;
import java.io.IOException;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Writes a batch of article events to the content index in one bulk request. Each write carries the article's
 * revision as an external version, so a replayed or duplicated event changes nothing and an older revision never
 * overwrites a newer one; an unpublished article is deleted.
 */
@Component
public class ArticleIndexer {

    private static final String STALE = "version_conflict_engine_exception";

    private final ElasticsearchClient elasticsearch;
    private final ContentIndex index;

    ArticleIndexer(ElasticsearchClient elasticsearch, ContentIndex index) {
        this.elasticsearch = elasticsearch;
        this.index = index;
    }

    /**
     * @throws IndexingFailedException naming the events Elasticsearch refused for another reason than staleness
     */
    public void index(List<ArticleEvent> events) throws IOException {
        if (events.isEmpty()) {
            return;
        }
        var bulk = new BulkRequest.Builder();
        for (var event : events) {
            var article = event.article();
            var id = article.articleId().toString();
            switch (event) {
                case ArticlePublished published -> upsert(bulk, id, event);
                case ArticleUpdated updated -> upsert(bulk, id, event);
                case ArticleCorrected corrected -> upsert(bulk, id, event);
                case ArticleUnpublished unpublished -> bulk.operations(operation -> operation.delete(delete -> delete
                        .index(index.alias()).id(id).version(article.revision()).versionType(VersionType.External)));
            }
        }
        var response = elasticsearch.bulk(bulk.build());
        if (response.errors()) {
            var refused = response.items().stream()
                    .filter(item -> item.error() != null && !STALE.equals(item.error().type()))
                    .toList();
            if (!refused.isEmpty()) {
                throw new IndexingFailedException(refused.stream().map(ArticleIndexer::describe).toList());
            }
        }
    }

    private void upsert(BulkRequest.Builder bulk, String id, ArticleEvent event) {
        bulk.operations(operation -> operation.index(write -> write.index(index.alias()).id(id)
                .version(event.article().revision()).versionType(VersionType.External)
                .document(ArticleDocuments.of(event.article()))));
    }

    private static String describe(BulkResponseItem item) {
        return item.id() + ": " + item.error().type() + " " + item.error().reason();
    }
}
