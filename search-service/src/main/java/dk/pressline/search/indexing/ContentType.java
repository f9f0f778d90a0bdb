package dk.pressline.search.indexing;

import java.util.Arrays;
import java.util.Locale;

/** The kinds of content the index holds, as readers filter by them. */
public enum ContentType {
    ARTICLE,
    EVENT,
    JOB,
    SPONSORED;

    /** The value stored in the index's {@code type} field and accepted in the reader API. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static boolean isPlacement(String type) {
        return !ARTICLE.value().equals(type)
                && Arrays.stream(values()).anyMatch(t -> t.value().equals(type));
    }
}
