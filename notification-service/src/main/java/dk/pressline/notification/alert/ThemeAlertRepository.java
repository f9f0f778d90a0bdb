package dk.pressline.notification.alert;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The theme alerts started and queued, one per article, in PostgreSQL. */
@Repository
class ThemeAlertRepository {

    /** The active subscribers following any of the themes given as an array, for the fan-out of an alert. */
    static final String FOLLOWERS_OF_ANY_THEME = """
            select distinct t.subscriber_id from subscriber_themes t join subscribers s using (subscriber_id)
            where t.theme = any(?) and s.status = 'ACTIVE'""";

    private final JdbcTemplate jdbc;

    ThemeAlertRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Remembers the article's alert as being queued, unless it is remembered already.
     *
     * @return its state: {@code QUEUEING} or {@code QUEUED}
     */
    String start(UUID articleId, String[] themes, Instant now) {
        jdbc.update(
                "insert into theme_alerts (article_id, themes, state, started_at) values (?, ?, 'QUEUEING', ?) "
                        + "on conflict do nothing",
                articleId,
                themes,
                now.atOffset(ZoneOffset.UTC));
        return jdbc.queryForObject("select state from theme_alerts where article_id = ?", String.class, articleId);
    }

    void markQueued(UUID articleId, Instant now, int recipients) {
        jdbc.update(
                "update theme_alerts set state = 'QUEUED', queued_at = ?, recipients = ? where article_id = ?",
                now.atOffset(ZoneOffset.UTC),
                recipients,
                articleId);
    }
}
