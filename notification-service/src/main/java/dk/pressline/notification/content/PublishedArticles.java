package dk.pressline.notification.content;

import dk.pressline.events.article.ArticleEvent;
import dk.pressline.events.article.ArticleUnpublished;
import dk.pressline.events.article.Theme;
import dk.pressline.platform.site.SiteUrl;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * This service's copy of the published articles, kept from the articles topic; a lower revision never wins. The mails
 * link to an article's address on the site, whatever canonical URL its event carried.
 */
@Repository
public class PublishedArticles {

    private static final String COLUMNS = "article_id, headline, teaser, slug, theme_names, first_published_at";

    private final JdbcTemplate jdbc;
    private final SiteUrl site;

    PublishedArticles(JdbcTemplate jdbc, SiteUrl site) {
        this.jdbc = jdbc;
        this.site = site;
    }

    public void apply(ArticleEvent event) {
        var article = event.article();
        jdbc.update(
                """
                insert into articles (article_id, revision, headline, teaser, slug, language, themes, theme_names,
                    first_published_at, published)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (article_id) do update set revision = excluded.revision, headline = excluded.headline,
                    teaser = excluded.teaser, slug = excluded.slug, language = excluded.language,
                    themes = excluded.themes, theme_names = excluded.theme_names,
                    first_published_at = excluded.first_published_at, published = excluded.published
                where articles.revision < excluded.revision""",
                article.articleId(),
                article.revision(),
                article.headline(),
                article.teaser(),
                article.slug(),
                article.language(),
                article.themes().stream().map(Theme::slug).toArray(String[]::new),
                article.themes().stream().map(Theme::name).toArray(String[]::new),
                article.firstPublishedAt().atOffset(ZoneOffset.UTC),
                !(event instanceof ArticleUnpublished));
    }

    public Optional<ArticleItem> published(UUID articleId) {
        return jdbc
                .query("select " + COLUMNS + " from articles where article_id = ? and published", this::item, articleId)
                .stream()
                .findFirst();
    }

    /** Articles first published after {@code from} and up to {@code until}, newest first. */
    public List<ArticleItem> publishedBetween(Instant from, Instant until) {
        return jdbc.query(
                "select " + COLUMNS + " from articles where published and first_published_at > ? "
                        + "and first_published_at <= ? order by first_published_at desc",
                this::item,
                from.atOffset(ZoneOffset.UTC),
                until.atOffset(ZoneOffset.UTC));
    }

    private ArticleItem item(ResultSet row, int rowNumber) throws SQLException {
        return new ArticleItem(
                row.getObject("article_id", UUID.class),
                row.getString("headline"),
                row.getString("teaser"),
                site.article(row.getString("slug")),
                List.of((String[]) row.getArray("theme_names").getArray()),
                row.getTimestamp("first_published_at").toInstant());
    }
}
