package dk.pressline.article.editing;

import dk.pressline.article.content.ArticleContent;
import dk.pressline.article.content.LeadImage;
import dk.pressline.platform.web.ConflictException;
import dk.pressline.platform.web.PageOf;
import dk.pressline.platform.web.PageQuery;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Articles, their slugs, corrections and revisions in PostgreSQL. */
@Repository
class ArticleRepository {

    private static final String COLUMNS = """
            id, status, revision, slug, language, headline, teaser, body_html, author_ids, sign_off, section_slug,
            theme_slugs, lead_image, read_also, canonical_url, source, publish_at, unpublish_at, unpublish_reason,
            first_published_at, last_updated_at, created_at, updated_at""";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ArticleRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(Article article) {
        jdbc.sql("insert into article (" + COLUMNS + ") values (:id, :status, :revision, :slug, :language, :headline,"
                        + " :teaser, :bodyHtml, :authorIds, :signOff, :sectionSlug, :themeSlugs, cast(:leadImage as jsonb),"
                        + " :readAlso, :canonicalUrl, :source, :publishAt, :unpublishAt, :unpublishReason,"
                        + " :firstPublishedAt, :lastUpdatedAt, :createdAt, :updatedAt)")
                .params(parameters(article))
                .update();
    }

    /** Stores the article's new state; callers hold its row lock, so the revision they read is still current. */
    void update(Article article, long expectedRevision) {
        var parameters = parameters(article);
        parameters.put("expectedRevision", expectedRevision);
        int updated = jdbc.sql("""
                        update article set status = :status, revision = :revision, slug = :slug, language = :language,
                          headline = :headline, teaser = :teaser, body_html = :bodyHtml, author_ids = :authorIds,
                          sign_off = :signOff, section_slug = :sectionSlug, theme_slugs = :themeSlugs,
                          lead_image = cast(:leadImage as jsonb), read_also = :readAlso, canonical_url = :canonicalUrl,
                          source = :source, publish_at = :publishAt, unpublish_at = :unpublishAt,
                          unpublish_reason = :unpublishReason, first_published_at = :firstPublishedAt,
                          last_updated_at = :lastUpdatedAt, updated_at = :updatedAt
                        where id = :id and revision = :expectedRevision""").params(parameters).update();
        if (updated != 1) {
            throw new IllegalStateException("Article " + article.id() + " changed although its row was locked");
        }
    }

    /** The article, locked until the transaction ends, so workflow actions on it happen one at a time. */
    Optional<Article> findForUpdate(UUID id) {
        return find("select " + COLUMNS + " from article where id = ? for update", id);
    }

    Optional<Article> find(UUID id) {
        return find("select " + COLUMNS + " from article where id = ?", id);
    }

    Optional<UUID> findIdBySlug(String slug) {
        return jdbc.sql("select article_id from article_slug where slug = ?")
                .param(slug)
                .query(UUID.class)
                .optional();
    }

    /** Records that the slug leads to the article; a slug another article has, or had, is refused. */
    void claimSlug(String slug, UUID articleId) {
        var owner = findIdBySlug(slug);
        if (owner.isPresent() && !owner.get().equals(articleId)) {
            throw new ConflictException("The slug " + slug + " belongs to another article; choose another.");
        }
        if (owner.isEmpty()) {
            jdbc.sql("insert into article_slug (slug, article_id) values (?, ?)")
                    .params(slug, articleId)
                    .update();
        }
    }

    void addCorrection(UUID articleId, CorrectionNote correction) {
        jdbc.sql("""
                        insert into article_correction (article_id, position, note, corrected_at)
                        select ?, coalesce(max(position), 0) + 1, ?, ? from article_correction where article_id = ?""")
                .params(articleId, correction.note(), Timestamp.from(correction.correctedAt()), articleId)
                .update();
    }

    void saveRevision(Article article, String savedBy) {
        jdbc.sql("""
                        insert into article_revision (article_id, revision, status, content, saved_at, saved_by)
                        values (?, ?, ?, cast(? as jsonb), ?, ?)""")
                .params(
                        article.id(),
                        article.revision(),
                        article.status().name(),
                        json.writeValueAsString(article.content()),
                        Timestamp.from(article.updatedAt()),
                        savedBy)
                .update();
    }

    List<RevisionSummary> revisions(UUID articleId) {
        return jdbc.sql("""
                        select revision, status, saved_at, saved_by from article_revision
                        where article_id = ? order by revision desc""").param(articleId).query((rs, row) -> summary(rs)).list();
    }

    Optional<SavedRevision> revision(UUID articleId, long revision) {
        return jdbc.sql("""
                        select revision, status, saved_at, saved_by, content from article_revision
                        where article_id = ? and revision = ?""")
                .params(articleId, revision)
                .query((rs, row) ->
                        new SavedRevision(summary(rs), json.readValue(rs.getString("content"), ArticleContent.class)))
                .optional();
    }

    PageOf<Article> list(ArticleFilter filter, PageQuery page) {
        var where = new ArrayList<String>();
        var parameters = new LinkedHashMap<String, Object>();
        if (filter.status() != null) {
            where.add("status = :status");
            parameters.put("status", filter.status().name());
        }
        if (filter.author() != null) {
            where.add(":author = any(author_ids)");
            parameters.put("author", filter.author());
        }
        if (filter.theme() != null) {
            where.add(":theme = any(theme_slugs)");
            parameters.put("theme", filter.theme());
        }
        if (filter.section() != null) {
            where.add("section_slug = :section");
            parameters.put("section", filter.section());
        }
        if (filter.updatedSince() != null) {
            where.add("updated_at >= :updatedSince");
            parameters.put("updatedSince", Timestamp.from(filter.updatedSince().toInstant()));
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            where.add("(headline ilike :text or teaser ilike :text or body_html ilike :text)");
            parameters.put(
                    "text",
                    "%"
                            + filter.text()
                                    .replace("\\", "\\\\")
                                    .replace("%", "\\%")
                                    .replace("_", "\\_") + "%");
        }
        var condition = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        long total = jdbc.sql("select count(*) from article" + condition)
                .params(parameters)
                .query(Long.class)
                .single();
        parameters.put("limit", page.size());
        parameters.put("offset", page.offset());
        var ids = jdbc.sql("select id from article" + condition
                        + " order by updated_at desc, id limit :limit offset :offset")
                .params(parameters)
                .query(UUID.class)
                .list();
        return PageOf.of(findAll(ids), page, total);
    }

    /** The articles, in the order of their ids, read with one statement per table whatever their number. */
    private List<Article> findAll(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        var idArray = ids.stream().map(UUID::toString).toArray(String[]::new);
        var previousSlugs = new HashMap<UUID, List<String>>();
        jdbc.sql("""
                        select s.article_id, s.slug from article_slug s join article a on a.id = s.article_id
                        where s.article_id = any(?::uuid[]) and s.slug <> a.slug order by s.slug""").param(idArray).query(rs -> {
            previousSlugs
                    .computeIfAbsent(rs.getObject("article_id", UUID.class), id -> new ArrayList<>())
                    .add(rs.getString("slug"));
        });
        var corrections = new HashMap<UUID, List<CorrectionNote>>();
        jdbc.sql("""
                        select article_id, note, corrected_at from article_correction where article_id = any(?::uuid[])
                        order by article_id, position""").param(idArray).query(rs -> {
            corrections
                    .computeIfAbsent(rs.getObject("article_id", UUID.class), id -> new ArrayList<>())
                    .add(new CorrectionNote(rs.getString("note"), instant(rs, "corrected_at")));
        });
        var articles = new HashMap<UUID, Article>();
        jdbc.sql("select " + COLUMNS + " from article where id = any(?::uuid[])")
                .param(idArray)
                .query(rs -> {
                    var id = rs.getObject("id", UUID.class);
                    articles.put(
                            id,
                            article(
                                    rs,
                                    previousSlugs.getOrDefault(id, List.of()),
                                    corrections.getOrDefault(id, List.of())));
                });
        return ids.stream().map(articles::get).toList();
    }

    /** Scheduled articles whose time has come, locked; rows another instance holds are skipped. */
    List<UUID> lockDueForPublishing(Instant now, int limit) {
        return jdbc.sql("""
                        select id from article where status = 'SCHEDULED' and publish_at <= ?
                        order by publish_at for update skip locked limit ?""")
                .params(Timestamp.from(now), limit)
                .query(UUID.class)
                .list();
    }

    /** Published articles whose expiry has come, locked; rows another instance holds are skipped. */
    List<UUID> lockDueForUnpublishing(Instant now, int limit) {
        return jdbc.sql("""
                        select id from article where status = 'PUBLISHED' and unpublish_at <= ?
                        order by unpublish_at for update skip locked limit ?""")
                .params(Timestamp.from(now), limit)
                .query(UUID.class)
                .list();
    }

    private Optional<Article> find(String sql, UUID id) {
        return jdbc.sql(sql).param(id).query((rs, row) -> article(rs)).optional();
    }

    private Article article(ResultSet rs) throws SQLException {
        var id = rs.getObject("id", UUID.class);
        var previousSlugs = jdbc.sql("select slug from article_slug where article_id = ? and slug <> ? order by slug")
                .params(id, rs.getString("slug"))
                .query(String.class)
                .list();
        var corrections = jdbc.sql("""
                        select note, corrected_at from article_correction where article_id = ? order by position""")
                .param(id)
                .query((row, number) -> new CorrectionNote(row.getString("note"), instant(row, "corrected_at")))
                .list();
        return article(rs, previousSlugs, corrections);
    }

    private Article article(ResultSet rs, List<String> previousSlugs, List<CorrectionNote> corrections)
            throws SQLException {
        var id = rs.getObject("id", UUID.class);
        var slug = rs.getString("slug");
        var leadImage = rs.getString("lead_image");
        var content = new ArticleContent(
                rs.getString("headline"),
                rs.getString("teaser"),
                rs.getString("body_html"),
                strings(rs.getArray("author_ids")),
                rs.getString("sign_off"),
                rs.getString("section_slug"),
                strings(rs.getArray("theme_slugs")),
                rs.getString("language"),
                leadImage == null ? null : json.readValue(leadImage, LeadImage.class),
                uuids(rs.getArray("read_also")),
                slug,
                rs.getString("canonical_url"),
                rs.getString("source"));
        return new Article(
                id,
                ArticleStatus.valueOf(rs.getString("status")),
                rs.getLong("revision"),
                content,
                previousSlugs,
                instant(rs, "publish_at"),
                instant(rs, "unpublish_at"),
                rs.getString("unpublish_reason"),
                instant(rs, "first_published_at"),
                instant(rs, "last_updated_at"),
                corrections,
                instant(rs, "created_at"),
                instant(rs, "updated_at"));
    }

    private LinkedHashMap<String, Object> parameters(Article article) {
        var content = article.content();
        var parameters = new LinkedHashMap<String, Object>();
        parameters.put("id", article.id());
        parameters.put("status", article.status().name());
        parameters.put("revision", article.revision());
        parameters.put("slug", content.slug());
        parameters.put("language", content.language());
        parameters.put("headline", content.headline());
        parameters.put("teaser", content.teaser());
        parameters.put("bodyHtml", content.bodyHtml());
        parameters.put("authorIds", content.authorIds().toArray(String[]::new));
        parameters.put("signOff", content.signOff());
        parameters.put("sectionSlug", content.sectionSlug());
        parameters.put("themeSlugs", content.themeSlugs().toArray(String[]::new));
        parameters.put("leadImage", content.leadImage() == null ? null : json.writeValueAsString(content.leadImage()));
        parameters.put("readAlso", content.readAlso().toArray(UUID[]::new));
        parameters.put("canonicalUrl", content.canonicalUrl());
        parameters.put("source", content.source());
        parameters.put("publishAt", timestamp(article.publishAt()));
        parameters.put("unpublishAt", timestamp(article.unpublishAt()));
        parameters.put("unpublishReason", article.unpublishReason());
        parameters.put("firstPublishedAt", timestamp(article.firstPublishedAt()));
        parameters.put("lastUpdatedAt", timestamp(article.lastUpdatedAt()));
        parameters.put("createdAt", timestamp(article.createdAt()));
        parameters.put("updatedAt", timestamp(article.updatedAt()));
        return parameters;
    }

    private static RevisionSummary summary(ResultSet rs) throws SQLException {
        return new RevisionSummary(
                rs.getLong("revision"),
                ArticleStatus.valueOf(rs.getString("status")),
                instant(rs, "saved_at"),
                rs.getString("saved_by"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.asList((String[]) array.getArray());
    }

    private static List<UUID> uuids(Array array) throws SQLException {
        return Arrays.asList((UUID[]) array.getArray());
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        var timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
