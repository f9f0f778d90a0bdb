package dk.pressline.notification.alert;

import dk.pressline.events.notification.DeliveryKind;
import dk.pressline.notification.content.ArticleItem;
import dk.pressline.notification.content.PublishedArticles;
import dk.pressline.notification.delivery.ComposedMail;
import dk.pressline.notification.delivery.MailComposer;
import dk.pressline.notification.delivery.Recipient;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;
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

    /** From an article's first publication to the SMTP server taking an alert about it. */
    static final String PUBLISH_TO_ALERT_SENT = "pressline.notifications.publish.to.alert.sent";

    private final PublishedArticles articles;
    private final Map<UUID, Cached> recent = new ConcurrentHashMap<>();
    private final Timer publishToAlertSent;

    AlertMails(PublishedArticles articles, MeterRegistry meters) {
        this.articles = articles;
        this.publishToAlertSent = Timer.builder(PUBLISH_TO_ALERT_SENT)
                .description("From an article's first publication to the SMTP server taking an alert about it")
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(100))
                .maximumExpectedValue(Duration.ofHours(1))
                .register(meters);
    }

    @Override
    public DeliveryKind kind() {
        return DeliveryKind.THEME_ALERT;
    }

    @Override
    public Optional<ComposedMail> compose(Recipient recipient, String reference) {
        return article(UUID.fromString(reference))
                .map(article -> new ComposedMail(
                        "alert",
                        (recipient.danish() ? "Nyt fra Pressline: " : "New on Pressline: ") + article.headline(),
                        Map.of("article", article),
                        true,
                        List.of()));
    }

    @Override
    public void sent(ComposedMail mail) {
        var article = (ArticleItem) mail.model().get("article");
        var delay = Duration.between(article.firstPublishedAt(), Instant.now());
        publishToAlertSent.record(delay.isNegative() ? Duration.ZERO : delay);
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

    private record Cached(Optional<ArticleItem> article, long readAtNanos) {}
}
