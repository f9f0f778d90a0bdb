package dk.pressline.notification.content;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A published article as mails show it.
 *
 * @param url the article's address on the site ({@code pressline.site-url})
 */
public record ArticleItem(
        UUID articleId,
        String headline,
        String teaser,
        String url,
        List<String> themeNames,
        Instant firstPublishedAt) {}
