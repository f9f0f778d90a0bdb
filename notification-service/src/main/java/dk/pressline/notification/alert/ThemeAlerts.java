package dk.pressline.notification.alert;

import dk.pressline.events.article.ArticleEvent;
import dk.pressline.events.article.ArticlePublished;
import dk.pressline.events.article.Theme;
import dk.pressline.events.notification.DeliveryKind;
import dk.pressline.notification.content.PublishedArticles;
import dk.pressline.notification.delivery.FanOut;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Alerts the subscribers of an article's themes when it is first published, once: the article is remembered before
 * the fan-out and marked queued after it, so a replayed publication, an update or a correction never alerts again,
 * while a fan-out cut short by a crash is completed when the event is redelivered (the delivery log keeps the mails
 * already sent from going out twice).
 */
@Service
public class ThemeAlerts {

    private static final Logger log = LoggerFactory.getLogger(ThemeAlerts.class);

    private final PublishedArticles articles;
    private final FanOut fanOut;
    private final ThemeAlertRepository alerts;
    private final Clock clock;
    private final Duration maxAge;

    ThemeAlerts(
            PublishedArticles articles,
            FanOut fanOut,
            ThemeAlertRepository alerts,
            Clock clock,
            AlertProperties properties) {
        this.articles = articles;
        this.fanOut = fanOut;
        this.alerts = alerts;
        this.clock = clock;
        this.maxAge = properties.alertMaxAge();
    }

    public void on(ArticleEvent event) {
        articles.apply(event);
        if (event instanceof ArticlePublished published) {
            alert(published);
        }
    }

    private void alert(ArticlePublished published) {
        var article = published.article();
        var themes = article.themes().stream().map(Theme::slug).toArray(String[]::new);
        if (themes.length == 0) {
            return;
        }
        var now = clock.instant();
        if (article.firstPublishedAt().isBefore(now.minus(maxAge))) {
            log.debug(
                    "No alert for article {}: first published {}, longer ago than {}",
                    article.articleId(),
                    article.firstPublishedAt(),
                    maxAge);
            return;
        }
        var state = alerts.start(article.articleId(), themes, now);
        if ("QUEUED".equals(state)) {
            return;
        }
        var recipients = fanOut.toSubscribers(
                DeliveryKind.THEME_ALERT,
                article.articleId().toString(),
                ThemeAlertRepository.FOLLOWERS_OF_ANY_THEME,
                (Object) themes);
        alerts.markQueued(article.articleId(), clock.instant(), recipients);
        log.info("Alert for article {} queued for {} subscribers", article.articleId(), recipients);
    }
}
