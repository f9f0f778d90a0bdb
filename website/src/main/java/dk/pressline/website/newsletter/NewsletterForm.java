package dk.pressline.website.newsletter;

import java.util.List;

/**
 * The sign-up and preference forms as submitted. An unticked checkbox is not sent at all, so a missing value is
 * "no" here; the empty form shown first has its own defaults.
 */
public record NewsletterForm(
        String email, String language, Boolean newsletter, Boolean eventNews, List<String> themes) {

    public NewsletterForm {
        email = email == null ? "" : email.strip();
        language = "en".equals(language) ? "en" : "da";
        newsletter = newsletter != null && newsletter;
        eventNews = eventNews != null && eventNews;
        themes = themes == null ? List.of() : List.copyOf(themes);
    }

    /** A first visit: the newsletter ticked, nothing else. */
    static NewsletterForm blank() {
        return new NewsletterForm("", "da", true, false, List.of());
    }

    public boolean hasTheme(String slug) {
        return themes.contains(slug);
    }
}
