package dk.pressline.notification.subscription.web;

import dk.pressline.notification.subscription.Preferences;
import dk.pressline.notification.subscription.SignUp;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;

/**
 * A sign-up from a form on the site.
 *
 * @param newsletter the twice-weekly newsletter; on unless turned off
 * @param eventNews upcoming events in the newsletter; off unless turned on
 * @param themes theme slugs to get immediate alerts for
 * @param form which form the reader used, kept as consent evidence
 * @param wordingVersion which consent wording the form showed, kept as consent evidence
 */
record SignUpRequest(
        @NotBlank @Email @Size(max = 254) String email,

        @Pattern(regexp = "da|en", message = "must be da or en")
        String language,

        Boolean newsletter,
        Boolean eventNews,

        @Size(max = 50)
        List<@NotBlank @Pattern(regexp = "[a-z0-9-]{1,80}", message = "must be a theme slug") String> themes,

        @NotBlank @Size(max = 100) String form,
        @NotBlank @Size(max = 50) String wordingVersion) {

    SignUp toSignUp() {
        return new SignUp(
                email,
                new Preferences(
                        language == null ? "da" : language,
                        newsletter == null || newsletter,
                        eventNews != null && eventNews,
                        themes == null ? Set.of() : Set.copyOf(themes)),
                form,
                wordingVersion);
    }
}
