package dk.pressline.article.editing.web;

import dk.pressline.article.content.ArticleContent;
import dk.pressline.article.editing.Article;
import dk.pressline.article.editing.ArticleEditing;
import dk.pressline.article.editing.ArticleFilter;
import dk.pressline.article.editing.ArticleStatus;
import dk.pressline.article.editing.RevisionSummary;
import dk.pressline.article.editing.SavedRevision;
import dk.pressline.events.article.ArticleSnapshot;
import dk.pressline.platform.security.Caller;
import dk.pressline.platform.web.ETags;
import dk.pressline.platform.web.PageOf;
import dk.pressline.platform.web.PageQuery;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The editors' newsroom API: articles, their workflow and their revisions. */
@RestController
@RequestMapping("/api/articles")
class ArticleController {

    private static final String IF_MATCH = "If-Match";

    private final ArticleEditing editing;

    ArticleController(ArticleEditing editing) {
        this.editing = editing;
    }

    @PostMapping
    ResponseEntity<ArticleView> create(@Valid @RequestBody ArticleContent content) {
        var article = editing.create(content, editor());
        return ResponseEntity.created(URI.create("/api/articles/" + article.id())).eTag(ETags.of(article.revision()))
                .body(ArticleView.of(article));
    }

    @GetMapping
    PageOf<ArticleView> list(@RequestParam(required = false) ArticleStatus status,
            @RequestParam(required = false) String author, @RequestParam(required = false) String theme,
            @RequestParam(required = false) String section,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
            OffsetDateTime updatedSince, @RequestParam(name = "q", required = false) String text,
            @Valid PageQuery page) {
        var articles = editing.list(new ArticleFilter(status, author, theme, section, updatedSince, text), page);
        return new PageOf<>(articles.items().stream().map(ArticleView::of).toList(), articles.page(),
                articles.size(), articles.totalItems(), articles.totalPages());
    }

    @GetMapping("/{id}")
    ResponseEntity<ArticleView> get(@PathVariable UUID id) {
        return view(editing.get(id));
    }

    /** An article under an old slug answers with a redirect to its current one. */
    @GetMapping("/by-slug/{slug}")
    ResponseEntity<ArticleView> bySlug(@PathVariable String slug) {
        var article = editing.bySlug(slug);
        if (!article.content().slug().equals(slug)) {
            return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
                    .location(URI.create("/api/articles/by-slug/" + article.content().slug())).build();
        }
        return view(article);
    }

    @PutMapping("/{id}")
    ResponseEntity<ArticleView> edit(@PathVariable UUID id, @RequestHeader(name = IF_MATCH, required = false)
            String ifMatch, @Valid @RequestBody ArticleContent content) {
        return view(editing.edit(id, ifMatch, content, editor()));
    }

    /** The article as readers would get it if it were published now. */
    @GetMapping("/{id}/preview")
    ArticleSnapshot preview(@PathVariable UUID id) {
        return editing.preview(id);
    }

    @PostMapping("/{id}/submit")
    ResponseEntity<ArticleView> submit(@PathVariable UUID id, @RequestHeader(name = IF_MATCH, required = false)
            String ifMatch) {
        return view(editing.submit(id, ifMatch, editor()));
    }

    @PostMapping("/{id}/return-to-draft")
    ResponseEntity<ArticleView> returnToDraft(@PathVariable UUID id,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return view(editing.returnToDraft(id, ifMatch, editor()));
    }

    @PostMapping("/{id}/schedule")
    ResponseEntity<ArticleView> schedule(@PathVariable UUID id, @RequestHeader(name = IF_MATCH, required = false)
            String ifMatch, @Valid @RequestBody WorkflowRequests.Schedule request) {
        return view(editing.schedule(id, ifMatch, request.publishAt().toInstant(),
                request.unpublishAt() == null ? null : request.unpublishAt().toInstant(), editor()));
    }

    @PostMapping("/{id}/unschedule")
    ResponseEntity<ArticleView> unschedule(@PathVariable UUID id,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return view(editing.unschedule(id, ifMatch, editor()));
    }

    @PostMapping("/{id}/publish")
    ResponseEntity<ArticleView> publish(@PathVariable UUID id, @RequestHeader(name = IF_MATCH, required = false)
            String ifMatch, @Valid @RequestBody(required = false) WorkflowRequests.Publish request) {
        var unpublishAt = request == null || request.unpublishAt() == null ? null : request.unpublishAt().toInstant();
        return view(editing.publish(id, ifMatch, unpublishAt, editor()));
    }

    @PostMapping("/{id}/correct")
    ResponseEntity<ArticleView> correct(@PathVariable UUID id, @RequestHeader(name = IF_MATCH, required = false)
            String ifMatch, @Valid @RequestBody WorkflowRequests.Correct request) {
        return view(editing.correct(id, ifMatch, request.note(), request.content(), editor()));
    }

    @PostMapping("/{id}/unpublish")
    ResponseEntity<ArticleView> unpublish(@PathVariable UUID id, @RequestHeader(name = IF_MATCH, required = false)
            String ifMatch, @Valid @RequestBody WorkflowRequests.Unpublish request) {
        return view(editing.unpublish(id, ifMatch, request.reason(), editor()));
    }

    @PostMapping("/{id}/redraft")
    ResponseEntity<ArticleView> redraft(@PathVariable UUID id, @RequestHeader(name = IF_MATCH, required = false)
            String ifMatch) {
        return view(editing.redraft(id, ifMatch, editor()));
    }

    @GetMapping("/{id}/revisions")
    List<RevisionSummary> revisions(@PathVariable UUID id) {
        return editing.revisions(id);
    }

    @GetMapping("/{id}/revisions/{revision}")
    SavedRevision revision(@PathVariable UUID id, @PathVariable long revision) {
        return editing.revision(id, revision);
    }

    /** Which parts of the content differ between two revisions, with both values. */
    @GetMapping("/{id}/revisions/compare")
    List<RevisionComparison.Difference> compare(@PathVariable UUID id, @RequestParam long from,
            @RequestParam long to) {
        return RevisionComparison.between(editing.revision(id, from).content(), editing.revision(id, to).content());
    }

    @PostMapping("/{id}/revisions/{revision}/restore")
    ResponseEntity<ArticleView> restore(@PathVariable UUID id, @PathVariable long revision,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return view(editing.restore(id, revision, ifMatch, editor()));
    }

    private static ResponseEntity<ArticleView> view(Article article) {
        return ResponseEntity.ok().eTag(ETags.of(article.revision())).body(ArticleView.of(article));
    }

    private static String editor() {
        return Caller.current().subject().orElse("unknown");
    }
}
