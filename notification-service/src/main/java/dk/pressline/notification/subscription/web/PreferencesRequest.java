package dk.pressline.notification.subscription.web;

import dk.pressline.notification.subscription.Preferences;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;

/** A subscriber's new preferences, all of them at once. */
record PreferencesRequest(
        @NotNull @Pattern(regexp = "da|en", message = "must be da or en")
        String language,

        @NotNull Boolean newsletter,
        @NotNull Boolean eventNews,

        @NotNull @Size(max = 50)
        List<@NotNull @Pattern(regexp = "[a-z0-9-]{1,80}", message = "must be a theme slug") String> themes) {

    Preferences toPreferences() {
        return new Preferences(language, newsletter, eventNews, Set.copyOf(themes));
    }
}
