package dk.pressline.article.editing;

import dk.pressline.article.content.ArticleContent;
import dk.pressline.article.content.BodySanitizer;
import dk.pressline.article.content.Slugs;
import dk.pressline.article.taxonomy.Taxonomy;
import dk.pressline.events.article.ArticleCorrected;
import dk.pressline.events.article.ArticleEvent;
import dk.pressline.events.article.ArticlePublished;
import dk.pressline.events.article.ArticleSnapshot;
import dk.pressline.events.article.ArticleUnpublished;
import dk.pressline.events.article.ArticleUpdated;
import dk.pressline.platform.kafka.EventSizeLimit;
import dk.pressline.platform.outbox.EventOutbox;
import dk.pressline.platform.web.ETags;
import dk.pressline.platform.web.InvalidInputException;
import dk.pressline.platform.web.NotFoundException;
import dk.pressline.platform.web.PageOf;
import dk.pressline.platform.web.PageQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The newsroom's use cases: writing articles and moving them through the workflow. Every save is a revision, and
 * every change readers can see goes out as an event through the outbox, in the same transaction.
 *
 * <p>Every event carries the whole article, so a save that would make it larger than Kafka takes
 * ({@link EventSizeLimit}) is refused with the field to shorten, and stores nothing. It is measured on the event as it
 * would leave: after sanitising (which writes {@code @} as {@code &#64;}), with every correction so far. Publishing
 * and unpublishing add no more than a time and a short reason to an article that fitted when it was saved.
 */
@Service
@Transactional
public class ArticleEditing {

    static final String SCHEDULER = "scheduler";

    private final ArticleRepository articles;
    private final ArticleSnapshots snapshots;
    private final Taxonomy taxonomy;
    private final EventOutbox outbox;
    private final EventSizeLimit eventSizeLimit;
    private final Clock clock;

    ArticleEditing(
            ArticleRepository articles,
            ArticleSnapshots snapshots,
            Taxonomy taxonomy,
            EventOutbox outbox,
            EventSizeLimit eventSizeLimit,
            Clock clock) {
        this.articles = articles;
        this.snapshots = snapshots;
        this.taxonomy = taxonomy;
        this.outbox = outbox;
        this.eventSizeLimit = eventSizeLimit;
        this.clock = clock;
    }

    public Article create(ArticleContent content, String editor) {
        var now = clock.instant();
        var id = UUID.randomUUID();
        var article = new Article(
                id,
                ArticleStatus.DRAFT,
                1,
                prepared(content, id),
                List.of(),
                null,
                null,
                null,
                null,
                null,
                List.of(),
                now,
                now);
        articles.insert(article);
        articles.claimSlug(article.content().slug(), id);
        articles.saveRevision(article, editor);
        requireFitsInAnEvent(new ArticleUpdated(UUID.randomUUID(), now, id, asIfPublished(article, now)), "bodyHtml");
        return article;
    }

    /** Saves new content; a published article is updated for readers at once. */
    public Article edit(UUID id, String ifMatch, ArticleContent content, String editor) {
        var current = locked(id);
        ETags.requireMatch(ifMatch, current.revision());
        var now = clock.instant();
        boolean live = current.status() == ArticleStatus.PUBLISHED;
        var next = saved(
                current,
                current.status(),
                now,
                builder -> builder.content(prepared(content, id)).lastUpdatedAt(live ? now : current.lastUpdatedAt()),
                editor);
        var updated = new ArticleUpdated(UUID.randomUUID(), now, id, asIfPublished(next, now));
        requireFitsInAnEvent(updated, "bodyHtml");
        if (live) {
            outbox.append(updated);
        }
        return next;
    }

    public Article submit(UUID id, String ifMatch, String editor) {
        return act(id, ifMatch, WorkflowAction.SUBMIT, editor, UnaryOperator.identity());
    }

    public Article returnToDraft(UUID id, String ifMatch, String editor) {
        return act(
                id,
                ifMatch,
                WorkflowAction.RETURN_TO_DRAFT,
                editor,
                builder -> builder.publishAt(null).unpublishAt(null));
    }

    /** Embargo: publish at {@code publishAt}; expiry, when given: unpublish at {@code unpublishAt}. */
    public Article schedule(UUID id, String ifMatch, Instant publishAt, Instant unpublishAt, String editor) {
        requireValidSchedule(publishAt, unpublishAt, clock.instant());
        return act(
                id,
                ifMatch,
                WorkflowAction.SCHEDULE,
                editor,
                builder -> builder.publishAt(publishAt).unpublishAt(unpublishAt));
    }

    public Article unschedule(UUID id, String ifMatch, String editor) {
        return act(
                id,
                ifMatch,
                WorkflowAction.UNSCHEDULE,
                editor,
                builder -> builder.publishAt(null).unpublishAt(null));
    }

    /** Publishes now; {@code unpublishAt}, when given, sets an expiry. */
    public Article publish(UUID id, String ifMatch, Instant unpublishAt, String editor) {
        var now = clock.instant();
        requireExpiryAfter(unpublishAt, now);
        var current = locked(id);
        requireMatchWhenGiven(ifMatch, current);
        return published(current, now, unpublishAt != null ? unpublishAt : current.unpublishAt(), editor);
    }

    /** Corrects a published article: the note is shown to readers, and new content may come with it. */
    public Article correct(UUID id, String ifMatch, String note, ArticleContent content, String editor) {
        var current = locked(id);
        var status = WorkflowAction.CORRECT.from(current.status());
        if (content != null) {
            ETags.requireMatch(ifMatch, current.revision());
        } else {
            requireMatchWhenGiven(ifMatch, current);
        }
        var now = clock.instant();
        var correction = new CorrectionNote(note, now);
        articles.addCorrection(id, correction);
        var next = saved(
                current,
                status,
                now,
                builder -> builder.content(content == null ? current.content() : prepared(content, id))
                        .lastUpdatedAt(now),
                editor);
        var corrected = new ArticleCorrected(UUID.randomUUID(), now, id, snapshots.of(next), note);
        requireFitsInAnEvent(corrected, content == null ? "note" : "content.bodyHtml");
        outbox.append(corrected);
        return next;
    }

    /** Retracts a published article, for the stated reason. */
    public Article unpublish(UUID id, String ifMatch, String reason, String editor) {
        var current = locked(id);
        requireMatchWhenGiven(ifMatch, current);
        return unpublished(current, reason, editor);
    }

    public Article redraft(UUID id, String ifMatch, String editor) {
        return act(id, ifMatch, WorkflowAction.REDRAFT, editor, builder -> builder.unpublishReason(null));
    }

    /** Saves an earlier revision's content as a new revision. */
    public Article restore(UUID id, long revision, String ifMatch, String editor) {
        var content = articles.revision(id, revision)
                .orElseThrow(() -> new NotFoundException("Revision " + revision + " of article " + id))
                .content();
        return edit(id, ifMatch, content, editor);
    }

    /** Publishes every scheduled article whose time has come; another instance skips the ones this one holds. */
    public int publishDue() {
        var now = clock.instant();
        var due = articles.lockDueForPublishing(now, 50);
        due.forEach(id -> {
            var current = articles.find(id).orElseThrow();
            published(current, now, current.unpublishAt(), SCHEDULER);
        });
        return due.size();
    }

    /** Unpublishes every published article whose expiry has come. */
    public int unpublishExpired() {
        var due = articles.lockDueForUnpublishing(clock.instant(), 50);
        due.forEach(id -> unpublished(articles.find(id).orElseThrow(), "Expired", SCHEDULER));
        return due.size();
    }

    @Transactional(readOnly = true)
    public Article get(UUID id) {
        return articles.find(id).orElseThrow(() -> notFound(id));
    }

    /** The article a slug leads to, whether it is its current slug or an earlier one. */
    @Transactional(readOnly = true)
    public Article bySlug(String slug) {
        return articles.findIdBySlug(slug)
                .flatMap(articles::find)
                .orElseThrow(() -> new NotFoundException("An article with slug " + slug));
    }

    @Transactional(readOnly = true)
    public PageOf<Article> list(ArticleFilter filter, PageQuery page) {
        return articles.list(filter, page);
    }

    @Transactional(readOnly = true)
    public ArticleSnapshot preview(UUID id) {
        return asIfPublished(get(id), clock.instant());
    }

    @Transactional(readOnly = true)
    public List<RevisionSummary> revisions(UUID id) {
        get(id);
        return articles.revisions(id);
    }

    @Transactional(readOnly = true)
    public SavedRevision revision(UUID id, long revision) {
        return articles.revision(id, revision)
                .orElseThrow(() -> new NotFoundException("Revision " + revision + " of article " + id));
    }

    /** The snapshot readers would get if the article were published now; a published article's own. */
    private ArticleSnapshot asIfPublished(Article article, Instant now) {
        return snapshots.of(new Article(
                article.id(),
                article.status(),
                article.revision(),
                article.content(),
                article.previousSlugs(),
                article.publishAt(),
                article.unpublishAt(),
                article.unpublishReason(),
                article.firstPublishedAt() == null ? now : article.firstPublishedAt(),
                article.lastUpdatedAt() == null ? now : article.lastUpdatedAt(),
                article.corrections(),
                article.createdAt(),
                article.updatedAt()));
    }

    private Article published(Article current, Instant now, Instant unpublishAt, String editor) {
        var status = WorkflowAction.PUBLISH.from(current.status());
        var next = saved(
                current,
                status,
                now,
                builder -> builder.publishAt(null)
                        .unpublishAt(unpublishAt)
                        .firstPublishedAt(current.firstPublishedAt() == null ? now : current.firstPublishedAt())
                        .lastUpdatedAt(now),
                editor);
        outbox.append(new ArticlePublished(UUID.randomUUID(), now, current.id(), snapshots.of(next)));
        return next;
    }

    private Article unpublished(Article current, String reason, String editor) {
        var status = WorkflowAction.UNPUBLISH.from(current.status());
        var now = clock.instant();
        var next =
                saved(current, status, now, builder -> builder.unpublishAt(null).unpublishReason(reason), editor);
        outbox.append(new ArticleUnpublished(UUID.randomUUID(), now, current.id(), snapshots.of(next), reason));
        return next;
    }

    private Article act(
            UUID id, String ifMatch, WorkflowAction action, String editor, UnaryOperator<ArticleChange> change) {
        var current = locked(id);
        requireMatchWhenGiven(ifMatch, current);
        var status = action.from(current.status());
        return saved(current, status, clock.instant(), change, editor);
    }

    private Article saved(
            Article current, ArticleStatus status, Instant now, UnaryOperator<ArticleChange> change, String editor) {
        var next = change.apply(new ArticleChange(current))
                .status(status)
                .revision(current.revision() + 1)
                .updatedAt(now)
                .build();
        if (!next.content().slug().equals(current.content().slug())) {
            articles.claimSlug(next.content().slug(), next.id());
        }
        articles.update(next, current.revision());
        articles.saveRevision(next, editor);
        return articles.find(next.id()).orElseThrow();
    }

    private ArticleContent prepared(ArticleContent content, UUID id) {
        var slug = content.slug() != null
                ? content.slug()
                : Slugs.fromHeadline(
                        content.headline(),
                        id,
                        derived -> articles.findIdBySlug(derived)
                                .filter(owner -> !owner.equals(id))
                                .isPresent());
        var missingAuthors = content.authorIds().stream()
                .filter(author -> taxonomy.authors(List.of(author)).isEmpty())
                .toList();
        if (!missingAuthors.isEmpty()) {
            throw new InvalidInputException("authorIds", "unknown authors " + missingAuthors);
        }
        if (taxonomy.section(content.sectionSlug()).isEmpty()) {
            throw new InvalidInputException("sectionSlug", "unknown section " + content.sectionSlug());
        }
        var missingThemes = content.themeSlugs().stream()
                .filter(theme -> taxonomy.themes(List.of(theme)).isEmpty())
                .toList();
        if (!missingThemes.isEmpty()) {
            throw new InvalidInputException("themeSlugs", "unknown themes " + missingThemes);
        }
        var missingLinks = content.readAlso().stream()
                .filter(linked -> articles.find(linked).isEmpty())
                .toList();
        if (!missingLinks.isEmpty()) {
            throw new InvalidInputException("readAlso", "unknown articles " + missingLinks);
        }
        if (content.readAlso().contains(id)) {
            throw new InvalidInputException("readAlso", "an article cannot recommend itself");
        }
        return content.withBodyHtml(BodySanitizer.sanitise(content.bodyHtml())).withSlug(slug);
    }

    /**
     * Refuses the change when its event would exceed what Kafka takes, naming the field the editor can shorten; the
     * exception rolls the transaction back, so nothing of the change is stored.
     */
    private void requireFitsInAnEvent(ArticleEvent event, String field) {
        int size = eventSizeLimit.sizeOf(event);
        int limit = eventSizeLimit.maxEventBytes();
        if (size > limit) {
            throw new InvalidInputException(
                    field,
                    "would make the article's event " + size + " bytes, over the limit "
                            + "of " + limit
                            + " bytes; measured after sanitising (which writes @ as &#64;) and with its "
                            + event.article().corrections().size() + " corrections, so the body must be at least "
                            + (size - limit) + " bytes shorter");
        }
    }

    private Article locked(UUID id) {
        return articles.findForUpdate(id).orElseThrow(() -> notFound(id));
    }

    private static void requireMatchWhenGiven(String ifMatch, Article current) {
        if (ifMatch != null) {
            ETags.requireMatch(ifMatch, current.revision());
        }
    }

    /** An embargo lies in the future, and an expiry, when given, after it. */
    static void requireValidSchedule(Instant publishAt, Instant unpublishAt, Instant now) {
        if (!publishAt.isAfter(now)) {
            throw new InvalidInputException("publishAt", "must be in the future");
        }
        requireExpiryAfter(unpublishAt, publishAt);
    }

    /** An expiry, when given, comes after the article is published at {@code start}. */
    static void requireExpiryAfter(Instant unpublishAt, Instant start) {
        if (unpublishAt != null && !unpublishAt.isAfter(start)) {
            throw new InvalidInputException("unpublishAt", "must be after the article is published");
        }
    }

    private static NotFoundException notFound(UUID id) {
        return new NotFoundException("Article " + id);
    }
}
