package dk.pressline.events.article;

import java.time.Instant;
import java.util.Objects;

/** A correction printed under an article. */
public record Correction(String note, Instant correctedAt) {

    public Correction {
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(correctedAt, "correctedAt");
    }
}
