package dk.pressline.search.content;

import dk.pressline.platform.web.InvalidInputException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The fields a reader may ask for, and where each is kept in the index. */
public final class ContentFields {

    /** Reader-facing field names, each mapped to the index field it is read from. */
    private static final Map<String, String> FIELDS = orderedMap(
            "headline", "headline",
            "teaser", "teaser",
            "body", "bodyHtml",
            "byline", "authors",
            "signOff", "signOff",
            "leadImage", "leadImage",
            "section", "section",
            "themes", "themes",
            "language", "language",
            "publishedAt", "publishedAt",
            "updatedAt", "updatedAt",
            "corrections", "corrections",
            "readAlso", "readAlso",
            "imageUrl", "imageUrl",
            "logoUrl", "logoUrl",
            "event", "event",
            "job", "job");

    public static final Set<String> DEFAULT = Collections.unmodifiableSequencedSet(new LinkedHashSet<>(List.of(
            "headline",
            "teaser",
            "section",
            "themes",
            "publishedAt",
            "updatedAt",
            "leadImage",
            "event",
            "job",
            "imageUrl",
            "logoUrl")));

    public static final Set<String> ALL = FIELDS.keySet();

    /** Read for every item whatever fields were asked for: they make its identity, link and disclosure. */
    private static final List<String> ALWAYS =
            List.of("type", "id", "slug", "canonicalUrl", "linkUrl", "label", "advertiserName");

    private ContentFields() {}

    /**
     * @param requested comma-separated names, {@code all}, or {@code null} for the defaults
     * @throws InvalidInputException naming the parameter and the unknown field
     */
    public static Set<String> parse(String parameter, String requested) {
        if (requested == null || requested.isBlank()) {
            return DEFAULT;
        }
        if (requested.trim().equals("all")) {
            return ALL;
        }
        var names = new LinkedHashSet<String>();
        for (var name : requested.split(",")) {
            var trimmed = name.trim();
            if (!FIELDS.containsKey(trimmed)) {
                throw new InvalidInputException(
                        parameter,
                        "unknown field '" + trimmed + "'; known fields are " + String.join(", ", FIELDS.keySet())
                                + ", or all");
            }
            names.add(trimmed);
        }
        return names;
    }

    /** The index fields to fetch for these reader fields. */
    public static List<String> sourceFields(Set<String> fields) {
        var source = new LinkedHashSet<>(ALWAYS);
        fields.forEach(field -> source.add(FIELDS.get(field)));
        return List.copyOf(source);
    }

    /** The value of a reader field in an indexed document; {@code null} when it has none. */
    static Object valueOf(Map<String, Object> document, String field) {
        return document.get(FIELDS.get(field));
    }

    private static Map<String, String> orderedMap(String... pairs) {
        var map = new LinkedHashMap<String, String>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
