package dk.pressline.notification.alert;

import dk.pressline.events.notification.DeliveryKind;
import dk.pressline.notification.content.ArticleItem;
import dk.pressline.notification.content.PublishedArticles;
import dk.pressline.notification.delivery.ComposedMail;
import dk.pressline.notification.delivery.MailComposer;
import dk.pressline.notification.delivery.Recipient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The theme alert: one article, sent soon after it is published; nothing if it was retracted meanwhile. The article
 * is read once per few seconds rather than once per mail, since one alert goes to many subscribers in a row.
 */
@Component
class AlertMails implements MailComposer {

    private static final long FRESH_NANOS = Duration.ofSeconds(5).toNanos();
    private static final int CACHED_ARTICLES = 256;

    private final PublishedArticles articles;
    private final Map<UUID, Cached> recent = new ConcurrentHashMap<>();

    AlertMails(PublishedArticles articles) {
        this.articles = articles;
    }

    @Override
    public DeliveryKind kind() {
        return DeliveryKind.THEME_ALERT;
    }

    @Override
    public Optional<ComposedMail> compose(Recipient recipient, String reference) {
        return article(UUID.fromString(reference)).map(article -> new ComposedMail("alert",
                (recipient.danish() ? "Nyt fra Pressline: " : "New on Pressline: ") + article.headline(),
                Map.of("article", article), true, List.of()));
    }

    private Optional<ArticleItem> article(UUID articleId) {
        var now = System.nanoTime();
        var cached = recent.get(articleId);
        if (cached != null && now - cached.readAtNanos() < FRESH_NANOS) {
            return cached.article();
        }
        var article = articles.published(articleId);
        if (recent.size() >= CACHED_ARTICLES) {
            recent.clear();
        }
        recent.put(articleId, new Cached(article, now));
        return article;
    }

    private record Cached(Optional<ArticleItem> article, long readAtNanos) {
    }
}
