package dk.pressline.article.content;

import dk.pressline.platform.web.PlainText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.hibernate.validator.constraints.URL;

/** The photo at the top of an article, with the credit the photographer is owed. */
public record LeadImage(
        @NotBlank @Size(max = 2000) @URL(regexp = "^https?:.*", message = "must be an http or https URL")
        String url,

        @Size(max = 400) @PlainText String caption,
        @NotBlank @Size(max = 200) @PlainText String credit,
        @NotBlank @Size(max = 400) @PlainText String altText) {}
