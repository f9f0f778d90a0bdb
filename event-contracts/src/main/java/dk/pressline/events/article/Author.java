package dk.pressline.events.article;

import java.util.Objects;

/** A byline on an article. */
public record Author(String authorId, String name) {

    public Author {
        Objects.requireNonNull(authorId, "authorId");
        Objects.requireNonNull(name, "name");
    }
}
