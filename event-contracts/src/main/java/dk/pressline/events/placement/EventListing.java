package dk.pressline.events.placement;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

/**
 * An event advertised in the event listings, in Danish local time.
 *
 * @param description {@code null} when there is none
 * @param startTime {@code null} for an all-day event
 */
public record EventListing(
        String organiser,
        String title,
        @Schema(nullable = true) String description,
        LocalDate date,
        @Schema(nullable = true) LocalTime startTime,
        String place) {

    public EventListing {
        Objects.requireNonNull(organiser, "organiser");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(place, "place");
    }
}
