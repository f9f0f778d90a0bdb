package dk.pressline.notification.alert;

import dk.pressline.events.article.ArticleEvent;
import dk.pressline.events.article.ArticlePublished;
import dk.pressline.events.article.Theme;
import dk.pressline.events.notification.DeliveryKind;
import dk.pressline.notification.content.PublishedArticles;
import dk.pressline.notification.delivery.FanOut;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
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
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration maxAge;

    ThemeAlerts(PublishedArticles articles, FanOut fanOut, JdbcTemplate jdbc, Clock clock,
            AlertProperties properties) {
        this.articles = articles;
        this.fanOut = fanOut;
        this.jdbc = jdbc;
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
            log.debug("No alert for article {}: first published {}, longer ago than {}", article.articleId(),
                    article.firstPublishedAt(), maxAge);
            return;
        }
        jdbc.update("insert into theme_alerts (article_id, themes, state, started_at) values (?, ?, 'QUEUEING', ?) "
                + "on conflict do nothing", article.articleId(), themes, now.atOffset(ZoneOffset.UTC));
        var state = jdbc.queryForObject("select state from theme_alerts where article_id = ?", String.class,
                article.articleId());
        if ("QUEUED".equals(state)) {
            return;
        }
        var recipients = fanOut.toSubscribers(DeliveryKind.THEME_ALERT, article.articleId().toString(), """
                select distinct t.subscriber_id from subscriber_themes t join subscribers s using (subscriber_id)
                where t.theme = any(?) and s.status = 'ACTIVE'""", (Object) themes);
        jdbc.update("update theme_alerts set state = 'QUEUED', queued_at = ?, recipients = ? where article_id = ?",
                clock.instant().atOffset(ZoneOffset.UTC), recipients, article.articleId());
        log.info("Alert for article {} queued for {} subscribers", article.articleId(), recipients);
    }
}
