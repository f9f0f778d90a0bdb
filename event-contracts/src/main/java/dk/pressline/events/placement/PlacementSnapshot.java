package dk.pressline.events.placement;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * The full state of a sponsored placement, as every placement event carries it. Danish marketing law requires paid
 * content to be recognisable as such, so a placement cannot exist without its disclosure label and advertiser name.
 *
 * @param revision increases with every save of the booking; a consumer never lets a lower revision overwrite a
 *     higher one it has already applied
 * @param label the disclosure shown with the placement, {@value #SPONSORED_LABEL}
 * @param flightStart first moment the placement may be shown
 * @param flightEnd moment from which the placement may no longer be shown
 * @param themes slugs of the themes the placement targets
 * @param event the event an {@link Product#EVENT_LISTING} advertises; {@code null} when there is none
 * @param job the job a {@link Product#JOB_AD} advertises; {@code null} when there is none
 */
public record PlacementSnapshot(
        UUID bookingId,
        long revision,
        String advertiserId,
        String advertiserName,
        String label,
        Product product,
        Instant flightStart,
        Instant flightEnd,
        List<String> themes,
        Creative creative,
        EventListing event,
        JobAd job) {

    public static final String SPONSORED_LABEL = "Sponseret";

    public PlacementSnapshot {
        Objects.requireNonNull(bookingId, "bookingId");
        if (revision < 0) {
            throw new IllegalArgumentException("revision must not be negative: " + revision);
        }
        Objects.requireNonNull(advertiserId, "advertiserId");
        if (advertiserName == null || advertiserName.isBlank()) {
            throw new IllegalArgumentException("Paid content must name its advertiser: booking " + bookingId);
        }
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("Paid content must carry a disclosure label: booking " + bookingId);
        }
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(flightStart, "flightStart");
        Objects.requireNonNull(flightEnd, "flightEnd");
        if (flightEnd.isBefore(flightStart)) {
            throw new IllegalArgumentException("Flight of booking " + bookingId + " ends before it starts");
        }
        themes = List.copyOf(Objects.requireNonNull(themes, "themes"));
        Objects.requireNonNull(creative, "creative");
    }
}
