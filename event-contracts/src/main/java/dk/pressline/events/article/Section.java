package dk.pressline.events.article;

import java.util.Objects;

/** The section an article belongs to, e.g. "indland". */
public record Section(String slug, String name) {

    public Section {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(name, "name");
    }
}
