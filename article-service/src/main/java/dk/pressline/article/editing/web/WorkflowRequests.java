package dk.pressline.article.editing.web;

import dk.pressline.article.content.ArticleContent;
import dk.pressline.platform.web.PlainText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;

/** The bodies of the workflow actions that need more than the article. */
final class WorkflowRequests {

    private WorkflowRequests() {}

    record Schedule(@NotNull OffsetDateTime publishAt, OffsetDateTime unpublishAt) {}

    record Publish(OffsetDateTime unpublishAt) {}

    record Correct(
            @NotBlank @Size(max = 1000) @PlainText String note,
            @Valid ArticleContent content) {}

    record Unpublish(@NotBlank @Size(max = 1000) @PlainText String reason) {}
}
