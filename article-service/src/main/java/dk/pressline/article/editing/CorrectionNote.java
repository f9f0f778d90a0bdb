package dk.pressline.article.editing;

import java.time.Instant;

/** A correction shown to readers under the article. */
public record CorrectionNote(String note, Instant correctedAt) {}
