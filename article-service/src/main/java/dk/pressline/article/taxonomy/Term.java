package dk.pressline.article.taxonomy;

import dk.pressline.platform.web.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A section or theme: a stable slug for URLs and filters, and the name readers see. */
public record Term(
        @NotBlank @Size(max = 60) @Pattern(regexp = SLUG, message = SLUG_MESSAGE)
        String slug,

        @NotBlank @Size(max = 120) @PlainText String name) {

    static final String SLUG = "[a-z0-9]+(-[a-z0-9]+)*";
    static final String SLUG_MESSAGE = "must be lower-case letters and digits separated by single hyphens";
}
