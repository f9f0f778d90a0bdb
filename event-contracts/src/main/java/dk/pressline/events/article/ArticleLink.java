package dk.pressline.events.article;

import java.util.Objects;
import java.util.UUID;

/** A link to another article, as shown in a "Læs også" box. */
public record ArticleLink(UUID articleId, String slug, String headline) {

    public ArticleLink {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(headline, "headline");
    }
}
