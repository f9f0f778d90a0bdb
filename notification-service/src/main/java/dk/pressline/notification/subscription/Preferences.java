package dk.pressline.notification.subscription;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a subscriber wants: the twice-weekly newsletter, immediate alerts for themes, event news in the newsletter, and
 * the language of the mail.
 *
 * @param themes slugs of the themes to alert on as soon as an article is published
 */
public record Preferences(String language, boolean newsletter, boolean eventNews, Set<String> themes) {

    public Preferences {
        Objects.requireNonNull(language, "language");
        themes = Set.copyOf(new TreeSet<>(Objects.requireNonNull(themes, "themes")));
    }
}
