package dk.pressline.notification;

import dk.pressline.events.placement.Creative;
import dk.pressline.events.placement.EventListing;
import dk.pressline.events.placement.PlacementActivated;
import dk.pressline.events.placement.PlacementSnapshot;
import dk.pressline.events.placement.PlacementWithdrawn;
import dk.pressline.events.placement.Product;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/** Placement events as sponsor-service publishes them, as fixtures. */
public final class Placements {

    private Placements() {}

    public static PlacementSnapshot newsletterSponsor(String advertiser, String title, Instant from, Instant until) {
        return new PlacementSnapshot(
                UUID.randomUUID(),
                2,
                "ad-" + advertiser.toLowerCase().replace(' ', '-'),
                advertiser,
                PlacementSnapshot.SPONSORED_LABEL,
                Product.NEWSLETTER_SPONSOR,
                from,
                until,
                List.of(),
                new Creative(title, "Læs mere om " + title, "https://example.com/" + UUID.randomUUID(), null, null),
                null,
                null);
    }

    public static PlacementSnapshot eventListing(
            String organiser, String title, LocalDate date, Instant from, Instant until) {
        return new PlacementSnapshot(
                UUID.randomUUID(),
                1,
                "ad-events",
                organiser,
                PlacementSnapshot.SPONSORED_LABEL,
                Product.EVENT_LISTING,
                from,
                until,
                List.of("klima"),
                new Creative(title, null, "https://example.com/" + UUID.randomUUID(), null, null),
                new EventListing(organiser, title, null, date, LocalTime.of(19, 30), "Musikhuset Aarhus"),
                null);
    }

    public static PlacementActivated activated(PlacementSnapshot placement) {
        return new PlacementActivated(UUID.randomUUID(), Instant.now(), placement.bookingId(), placement);
    }

    public static PlacementWithdrawn withdrawn(PlacementSnapshot placement) {
        var later = new PlacementSnapshot(
                placement.bookingId(),
                placement.revision() + 1,
                placement.advertiserId(),
                placement.advertiserName(),
                placement.label(),
                placement.product(),
                placement.flightStart(),
                placement.flightEnd(),
                placement.themes(),
                placement.creative(),
                placement.event(),
                placement.job());
        return new PlacementWithdrawn(UUID.randomUUID(), Instant.now(), placement.bookingId(), later, "Annulleret");
    }
}
