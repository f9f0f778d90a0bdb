package dk.pressline.sponsor.booking;

import dk.pressline.events.placement.Creative;
import dk.pressline.events.placement.EventListing;
import dk.pressline.events.placement.JobAd;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * What a booking shows readers: the creative, the themes it targets, and for an event listing or job ad the event or
 * job.
 *
 * @param event {@code null} unless the product is an event listing
 * @param job {@code null} unless the product is a job ad
 */
public record BookingContent(
        List<String> themes,
        Creative creative,
        @Schema(nullable = true) EventListing event,
        @Schema(nullable = true) JobAd job) {

    public BookingContent {
        themes = List.copyOf(themes);
    }
}
