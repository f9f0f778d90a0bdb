package dk.pressline.article.editing.web;

import dk.pressline.article.content.ArticleContent;
import dk.pressline.article.editing.Article;
import dk.pressline.article.editing.ArticleEditing;
import dk.pressline.article.editing.ArticleFilter;
import dk.pressline.article.editing.ArticleStatus;
import dk.pressline.article.editing.RevisionSummary;
import dk.pressline.article.editing.SavedRevision;
import dk.pressline.events.article.ArticleSnapshot;
import dk.pressline.platform.apidocs.CreatedWithLocation;
import dk.pressline.platform.security.Caller;
import dk.pressline.platform.web.ETags;
import dk.pressline.platform.web.PageOf;
import dk.pressline.platform.web.PageQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
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
@Tag(name = "Articles", description = "Editors write articles, move them through the workflow and read their revisions")
class ArticleController {

    private static final String IF_MATCH = "If-Match";
    private static final String SLUG_TAKEN = "The slug belongs to another article.";
    private static final String NOT_ALLOWED_NOW = "The article's status does not allow this action.";
    private static final String NO_IF_MATCH = "No If-Match with the ETag of the revision edited.";

    private final ArticleEditing editing;

    ArticleController(ArticleEditing editing) {
        this.editing = editing;
    }

    @Operation(summary = "Write a new article, as a draft")
    @CreatedWithLocation
    @ApiResponse(responseCode = "409", description = SLUG_TAKEN)
    @PostMapping
    ResponseEntity<ArticleView> create(@Valid @RequestBody ArticleContent content) {
        var article = editing.create(content, editor());
        return ResponseEntity.created(URI.create("/api/articles/" + article.id()))
                .eTag(ETags.of(article.revision()))
                .body(ArticleView.of(article));
    }

    @Operation(
            summary = "List articles, newest change first, filtered by status, author, theme, section, time or words")
    @GetMapping
    PageOf<ArticleView> list(
            @RequestParam(required = false) ArticleStatus status,
            @RequestParam(required = false) String author,
            @RequestParam(required = false) String theme,
            @RequestParam(required = false) String section,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
                    OffsetDateTime updatedSince,
            @RequestParam(name = "q", required = false) String text,
            @Valid PageQuery page) {
        var articles = editing.list(new ArticleFilter(status, author, theme, section, updatedSince, text), page);
        return new PageOf<>(
                articles.items().stream().map(ArticleView::of).toList(),
                articles.page(),
                articles.size(),
                articles.totalItems(),
                articles.totalPages());
    }

    @Operation(summary = "Read an article, with its ETag")
    @GetMapping("/{id}")
    ResponseEntity<ArticleView> get(@PathVariable UUID id) {
        return view(editing.get(id));
    }

    @Operation(summary = "Read an article by its slug; an earlier slug answers 301 to the current one")
    @ApiResponse(responseCode = "200", description = "The article under its current slug")
    @ApiResponse(
            responseCode = "301",
            description = "The slug is an earlier one of the article; Location has the " + "current one",
            headers = @Header(name = "Location", description = "The article by its current slug"))
    /** An article under an old slug answers with a redirect to its current one. */
    @GetMapping("/by-slug/{slug}")
    ResponseEntity<ArticleView> bySlug(@PathVariable String slug) {
        var article = editing.bySlug(slug);
        if (!article.content().slug().equals(slug)) {
            return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
                    .location(URI.create(
                            "/api/articles/by-slug/" + article.content().slug()))
                    .build();
        }
        return view(article);
    }

    @Operation(summary = "Save new content as a new revision; a published article changes for readers at once")
    @ApiResponse(responseCode = "200", description = "The article as saved, with its new ETag")
    @ApiResponse(responseCode = "409", description = SLUG_TAKEN)
    @ApiResponse(responseCode = "428", description = NO_IF_MATCH)
    @PutMapping("/{id}")
    ResponseEntity<ArticleView> edit(
            @PathVariable UUID id,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody ArticleContent content) {
        return view(editing.edit(id, ifMatch, content, editor()));
    }

    @Operation(summary = "Preview the article as readers would get it if it were published now")
    /** The article as readers would get it if it were published now. */
    @GetMapping("/{id}/preview")
    ArticleSnapshot preview(@PathVariable UUID id) {
        return editing.preview(id);
    }

    @Operation(summary = "Submit a draft for publishing")
    @ApiResponse(responseCode = "200", description = "The article after the action, with its new ETag")
    @ApiResponse(responseCode = "409", description = NOT_ALLOWED_NOW)
    @PostMapping("/{id}/submit")
    ResponseEntity<ArticleView> submit(
            @PathVariable UUID id, @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return view(editing.submit(id, ifMatch, editor()));
    }

    @Operation(summary = "Return a submitted or scheduled article to draft")
    @ApiResponse(responseCode = "200", description = "The article after the action, with its new ETag")
    @ApiResponse(responseCode = "409", description = NOT_ALLOWED_NOW)
    @PostMapping("/{id}/return-to-draft")
    ResponseEntity<ArticleView> returnToDraft(
            @PathVariable UUID id, @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return view(editing.returnToDraft(id, ifMatch, editor()));
    }

    @Operation(summary = "Schedule publishing (an embargo), and optionally unpublishing (an expiry)")
    @ApiResponse(responseCode = "200", description = "The article after the action, with its new ETag")
    @ApiResponse(responseCode = "409", description = NOT_ALLOWED_NOW)
    @PostMapping("/{id}/schedule")
    ResponseEntity<ArticleView> schedule(
            @PathVariable UUID id,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody WorkflowRequests.Schedule request) {
        return view(editing.schedule(
                id,
                ifMatch,
                request.publishAt().toInstant(),
                request.unpublishAt() == null ? null : request.unpublishAt().toInstant(),
                editor()));
    }

    @Operation(summary = "Take a scheduled article off the schedule")
    @ApiResponse(responseCode = "200", description = "The article after the action, with its new ETag")
    @ApiResponse(responseCode = "409", description = NOT_ALLOWED_NOW)
    @PostMapping("/{id}/unschedule")
    ResponseEntity<ArticleView> unschedule(
            @PathVariable UUID id, @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return view(editing.unschedule(id, ifMatch, editor()));
    }

    @Operation(summary = "Publish now, optionally with an expiry")
    @ApiResponse(responseCode = "200", description = "The article after the action, with its new ETag")
    @ApiResponse(responseCode = "409", description = NOT_ALLOWED_NOW)
    @PostMapping("/{id}/publish")
    ResponseEntity<ArticleView> publish(
            @PathVariable UUID id,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody(required = false) WorkflowRequests.Publish request) {
        var unpublishAt = request == null || request.unpublishAt() == null
                ? null
                : request.unpublishAt().toInstant();
        return view(editing.publish(id, ifMatch, unpublishAt, editor()));
    }

    @Operation(summary = "Correct a published article: a note readers see, with new content or without")
    @ApiResponse(responseCode = "200", description = "The article after the action, with its new ETag")
    @ApiResponse(responseCode = "409", description = NOT_ALLOWED_NOW)
    @ApiResponse(responseCode = "428", description = "New content came without If-Match; a note alone needs none")
    @PostMapping("/{id}/correct")
    ResponseEntity<ArticleView> correct(
            @PathVariable UUID id,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody WorkflowRequests.Correct request) {
        return view(editing.correct(id, ifMatch, request.note(), request.content(), editor()));
    }

    @Operation(summary = "Retract a published article, for the stated reason")
    @ApiResponse(responseCode = "200", description = "The article after the action, with its new ETag")
    @ApiResponse(responseCode = "409", description = NOT_ALLOWED_NOW)
    @PostMapping("/{id}/unpublish")
    ResponseEntity<ArticleView> unpublish(
            @PathVariable UUID id,
            @RequestHeader(name = IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody WorkflowRequests.Unpublish request) {
        return view(editing.unpublish(id, ifMatch, request.reason(), editor()));
    }

    @Operation(summary = "Make an unpublished article a draft again")
    @ApiResponse(responseCode = "200", description = "The article after the action, with its new ETag")
    @ApiResponse(responseCode = "409", description = NOT_ALLOWED_NOW)
    @PostMapping("/{id}/redraft")
    ResponseEntity<ArticleView> redraft(
            @PathVariable UUID id, @RequestHeader(name = IF_MATCH, required = false) String ifMatch) {
        return view(editing.redraft(id, ifMatch, editor()));
    }

    @Operation(summary = "List the article's revisions, who saved each and when")
    @GetMapping("/{id}/revisions")
    List<RevisionSummary> revisions(@PathVariable UUID id) {
        return editing.revisions(id);
    }

    @Operation(summary = "Read one saved revision")
    @GetMapping("/{id}/revisions/{revision}")
    SavedRevision revision(@PathVariable UUID id, @PathVariable @Min(1) long revision) {
        return editing.revision(id, revision);
    }

    @Operation(summary = "Compare two revisions: the fields that differ, with both values")
    /** Which parts of the content differ between two revisions, with both values. */
    @GetMapping("/{id}/revisions/compare")
    List<RevisionComparison.Difference> compare(
            @PathVariable UUID id, @RequestParam @Min(1) long from, @RequestParam @Min(1) long to) {
        return RevisionComparison.between(
                editing.revision(id, from).content(), editing.revision(id, to).content());
    }

    @Operation(summary = "Save an earlier revision's content as a new revision")
    @ApiResponse(responseCode = "200", description = "The article as saved, with its new ETag")
    @ApiResponse(responseCode = "409", description = SLUG_TAKEN)
    @ApiResponse(responseCode = "428", description = NO_IF_MATCH)
    @PostMapping("/{id}/revisions/{revision}/restore")
    ResponseEntity<ArticleView> restore(
            @PathVariable UUID id,
            @PathVariable @Min(1) long revision,
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
