package dk.pressline.notification.content;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A published article as mails show it. */
public record ArticleItem(UUID articleId, String headline, String teaser, String url, List<String> themeNames,
        Instant firstPublishedAt) {
}
