package dk.pressline.sponsor.booking;

import dk.pressline.events.placement.Creative;
import dk.pressline.events.placement.PlacementSnapshot;
import dk.pressline.sponsor.advertiser.Advertiser;

/**
 * Makes the placement readers are shown from a booking. The disclosure label and the advertiser's name are set here
 * and nowhere else, so no placement leaves this service without them.
 */
final class PlacementSnapshots {

    private PlacementSnapshots() {}

    static PlacementSnapshot of(Booking booking, Advertiser advertiser) {
        var content = booking.content();
        var creative = content.creative();
        var withLogo = creative.logoUrl() != null || advertiser.logoUrl() == null
                ? creative
                : new Creative(
                        creative.title(),
                        creative.teaser(),
                        creative.linkUrl(),
                        creative.imageUrl(),
                        advertiser.logoUrl());
        return new PlacementSnapshot(
                booking.id(),
                booking.revision(),
                advertiser.id(),
                advertiser.name(),
                PlacementSnapshot.SPONSORED_LABEL,
                booking.product(),
                booking.flightStart(),
                booking.flightEnd(),
                content.themes(),
                withLogo,
                content.event(),
                content.job());
    }
}
