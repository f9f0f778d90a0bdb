package dk.pressline.website.content;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Theme names for theme slugs. Facets carry only slugs; the names are learnt from every article search-service
 * sends, so a theme named once is named everywhere after. A slug not seen with a name yet is shown as words
 * ("baeredygtig-finans" as "Baeredygtig finans").
 */
@Component
public class ThemeNames {

    /** Far more themes than a newsroom keeps; a bound, so names from upstream cannot grow the map without end. */
    private static final int MAX_THEMES = 5_000;

    private final Map<String, String> names = new ConcurrentHashMap<>();

    void learnFrom(List<ContentItem> items) {
        items.forEach(item -> item.fields().themes().forEach(theme -> {
            if (theme.slug() != null && theme.name() != null && !theme.name().isBlank() && names.size() < MAX_THEMES) {
                names.put(theme.slug(), theme.name());
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
