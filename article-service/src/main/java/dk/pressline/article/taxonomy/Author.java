package dk.pressline.article.taxonomy;

import dk.pressline.platform.web.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A journalist who can sign articles. */
public record Author(
        @NotBlank @Size(max = 60) @Pattern(regexp = Term.SLUG, message = Term.SLUG_MESSAGE)
        String id,

        @NotBlank @Size(max = 120) @PlainText String name) {}
