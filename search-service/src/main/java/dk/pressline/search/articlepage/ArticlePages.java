package dk.pressline.search.articlepage;

import dk.pressline.events.interaction.Channel;
import dk.pressline.search.articlepage.IndexedArticlePages.IndexedMove;
import dk.pressline.search.articlepage.IndexedArticlePages.IndexedPage;
import dk.pressline.search.articlepage.IndexedArticlePages.SponsoredCandidate;
import dk.pressline.search.content.ContentQueries;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Article pages as served: the indexed page (kept briefly by {@link IndexedArticlePages}) with the paid slots of
 * "Relateret indhold" filled afresh for every page served, each sponsored item served recorded as an impression.
 */
@Component
@EnableConfigurationProperties(ArticlePageProperties.class)
class ArticlePages {

    private final IndexedArticlePages indexed;
    private final ArticlePageProperties properties;
    private final ImpressionRecorder impressions;
    private final Clock clock;

    ArticlePages(
            IndexedArticlePages indexed,
            ArticlePageProperties properties,
            ImpressionRecorder impressions,
            Clock clock) {
        this.indexed = indexed;
        this.properties = properties;
        this.impressions = impressions;
        this.clock = clock;
    }

    /** What a slug leads to: the page, or the article's current slug when the slug is an old one. */
    sealed interface Lookup {}

    record Found(ArticlePage page) implements Lookup {}

    record Moved(String currentSlug) implements Lookup {}

    /** @param viewer who the page is for, for the impressions of its sponsored items */
    Optional<Lookup> bySlug(String slug, Viewer viewer) throws IOException {
        return indexed.bySlug(slug).map(found -> switch (found) {
            case IndexedMove move -> new Moved(move.currentSlug());
            case IndexedPage page -> new Found(served(page, viewer));
        });
    }

    private ArticlePage served(IndexedPage page, Viewer viewer) {
        var now = ContentQueries.readingTime(clock);
        int most = (int) Math.floor(properties.relatedContentSize() * properties.sponsoredShare());
        var candidates = new ArrayList<>(
                page.sponsored().stream().filter(item -> item.showsAt(now)).toList());
        // A fresh draw per page view rotates the bookings competing for the same slots.
        Collections.shuffle(candidates, ThreadLocalRandom.current());
        var drawn = candidates.stream().limit(most).toList();
        var revisions = new HashMap<String, Long>();
        drawn.forEach(candidate -> revisions.put(candidate.item().id(), candidate.revision()));
        var feed = RelatedContentFeed.mix(
                page.related(),
                drawn.stream().map(SponsoredCandidate::item).toList(),
                properties.relatedContentSize(),
                properties.sponsoredShare());
        feed.stream()
                .filter(item -> item.sponsored() != null)
                .forEach(item -> impressions.recordServed(
                        UUID.fromString(item.id()), revisions.get(item.id()), Channel.RELATED_FEED, viewer));
        return new ArticlePage(page.article(), page.readAlso(), feed);
    }
}
