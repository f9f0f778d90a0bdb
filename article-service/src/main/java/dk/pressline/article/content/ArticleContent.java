package dk.pressline.article.content;

import dk.pressline.platform.web.PlainText;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.hibernate.validator.constraints.URL;

/**
 * What an editor writes and saves: every save of it is a revision. The body is rich HTML and is sanitised on save;
 * every other text is plain.
 *
 * @param slug the URL name; derived from the headline when left out
 * @param readAlso the "Læs også" picks, in the order the editor chose
 */
public record ArticleContent(
        @NotBlank @Size(max = 200) @PlainText String headline,
        @NotBlank @Size(max = 600) @PlainText String teaser,
        @NotNull @Size(max = 200_000) String bodyHtml,
        @NotEmpty @Size(max = 10) List<@NotBlank @Size(max = 60) String> authorIds,
        @Schema(nullable = true) @Size(max = 12) @PlainText String signOff,
        @NotBlank @Size(max = 60) String sectionSlug,
        @NotNull @Size(max = 20) List<@NotBlank @Size(max = 60) String> themeSlugs,

        @NotNull @Pattern(regexp = "da|en", message = "must be da or en")
        String language,

        @Schema(nullable = true) @Valid LeadImage leadImage,
        @Size(max = 10) List<@NotNull UUID> readAlso,

        @Schema(nullable = true)
        @Size(max = 200)
        @Pattern(
                regexp = "[a-z0-9]+(-[a-z0-9]+)*",
                message = "must be lower-case letters and digits separated by single hyphens")
        String slug,

        @Schema(nullable = true) @Size(max = 2000) @URL(regexp = "^https?:.*", message = "must be an http or https URL")
        String canonicalUrl,

        @Schema(nullable = true) @Size(max = 200) @PlainText String source) {

    public ArticleContent {
        authorIds = authorIds == null ? List.of() : List.copyOf(authorIds);
        themeSlugs = themeSlugs == null ? List.of() : List.copyOf(themeSlugs);
        readAlso = readAlso == null ? List.of() : List.copyOf(readAlso);
    }

    public ArticleContent withBodyHtml(String html) {
        return new ArticleContent(
                headline,
                teaser,
                html,
                authorIds,
                signOff,
                sectionSlug,
                themeSlugs,
                language,
                leadImage,
                readAlso,
                slug,
                canonicalUrl,
                source);
    }

    public ArticleContent withSlug(String newSlug) {
        return new ArticleContent(
                headline,
                teaser,
                bodyHtml,
                authorIds,
                signOff,
                sectionSlug,
                themeSlugs,
                language,
                leadImage,
                readAlso,
                newSlug,
                canonicalUrl,
                source);
    }
}
