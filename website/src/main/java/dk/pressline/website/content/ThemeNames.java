package dk.pressline.website.content;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Theme names for theme slugs. Facets carry only slugs; the names come from the articles on the page, and a slug no
 * article on the page names is shown as words ("groen-omstilling" as "Groen omstilling").
 */
public final class ThemeNames {

    private final Map<String, String> names = new HashMap<>();

    public ThemeNames(List<ContentItem> items) {
        items.forEach(item -> item.themes().forEach(theme -> {
            if (theme.name() != null && !theme.name().isBlank()) {
                names.putIfAbsent(theme.slug(), theme.name());
            }
        }));
    }

    public String nameOf(String slug) {
        var name = names.get(slug);
        if (name != null) {
            return name;
        }
        var words = slug.replace('-', ' ');
        return words.isEmpty() ? words : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }
}
