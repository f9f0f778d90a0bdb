package dk.pressline.notification;

import dk.pressline.events.EventFixtures;
import dk.pressline.events.article.ArticleCorrected;
import dk.pressline.events.article.ArticlePublished;
import dk.pressline.events.article.ArticleSnapshot;
import dk.pressline.events.article.ArticleUpdated;
import dk.pressline.events.article.Theme;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** Article events as article-service publishes them, as fixtures. */
public final class Articles {

    private Articles() {}

    public static ArticleSnapshot snapshot(
            UUID id, long revision, String headline, Instant firstPublishedAt, String... themeSlugs) {
        var fixture = EventFixtures.articleSnapshot();
        var themes = Arrays.stream(themeSlugs)
                .map(slug -> new Theme(slug, "Tema " + slug))
                .toList();
        return new ArticleSnapshot(
                id,
                revision,
                "slug-" + id,
                List.of(),
                "https://pressline.dk/artikel/slug-" + id,
                "da",
                headline,
                "Manchet til " + headline,
                fixture.bodyHtml(),
                fixture.authors(),
                fixture.signOff(),
                fixture.section(),
                themes,
                fixture.leadImage(),
                fixture.readAlso(),
                fixture.source(),
                firstPublishedAt,
                firstPublishedAt,
                List.of());
    }

    public static ArticlePublished published(ArticleSnapshot article) {
        return new ArticlePublished(UUID.randomUUID(), Instant.now(), article.articleId(), article);
    }

    public static ArticleUpdated updated(ArticleSnapshot article) {
        return new ArticleUpdated(UUID.randomUUID(), Instant.now(), article.articleId(), article);
    }

    public static ArticleCorrected corrected(ArticleSnapshot article) {
        return new ArticleCorrected(UUID.randomUUID(), Instant.now(), article.articleId(), article, "Rettet tal");
    }
}
