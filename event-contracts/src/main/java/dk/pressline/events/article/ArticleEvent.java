package dk.pressline.events.article;

import dk.pressline.events.PresslineEvent;
import java.util.UUID;

/**
 * An event on the {@code articles} topic. Every one carries the article's full published state, so a consumer can
 * rebuild everything from the compacted topic alone; it keeps the snapshot with the highest
 * {@link ArticleSnapshot#revision() revision} it has seen.
 */
public sealed interface ArticleEvent extends PresslineEvent
        permits ArticlePublished, ArticleUpdated, ArticleCorrected, ArticleUnpublished {

    UUID articleId();

    ArticleSnapshot article();

    @Override
    default String aggregateId() {
        return articleId().toString();
    }
}
