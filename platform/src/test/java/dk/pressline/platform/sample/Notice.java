package dk.pressline.platform.sample;

import java.time.Instant;
import java.time.OffsetDateTime;

record Notice(
        String id,
        long version,
        String advertiserId,
        String title,
        Kind kind,
        int priority,
        OffsetDateTime showsFrom,
        Instant updatedAt) {

    enum Kind {
        NEWS,
        OFFER
    }
}
