package dk.pressline.events.article;

import java.util.Objects;

/** A theme an article is tagged with; readers subscribe to themes and sponsors target them. */
public record Theme(String slug, String name) {

    public Theme {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(name, "name");
    }
}
