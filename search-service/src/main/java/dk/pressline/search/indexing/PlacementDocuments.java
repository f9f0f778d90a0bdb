package dk.pressline.search.indexing;

import dk.pressline.events.placement.PlacementSnapshot;
import dk.pressline.events.placement.Product;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A booked placement as a document of the content index. Its label and advertiser travel with it, so no reader-facing
 * result can show a placement without them.
 */
final class PlacementDocuments {

    private PlacementDocuments() {}

    /** The content type readers filter by; empty for products that are not shown on the site (the newsletter slot). */
    static Optional<String> typeOf(Product product) {
        return switch (product) {
            case EVENT_LISTING -> Optional.of(ContentType.EVENT.value());
            case JOB_AD -> Optional.of(ContentType.JOB.value());
            case RELATED_FEED_ITEM, SPONSORED_ARTICLE -> Optional.of(ContentType.SPONSORED.value());
            case NEWSLETTER_SPONSOR -> Optional.empty();
        };
    }

    static Map<String, Object> of(PlacementSnapshot placement, String type) {
        var creative = placement.creative();
        var document = new LinkedHashMap<String, Object>();
        document.put("type", type);
        document.put("id", placement.bookingId().toString());
        document.put("revision", placement.revision());
        document.put("product", placement.product().name());
        document.put("label", placement.label());
        document.put("advertiserId", placement.advertiserId());
        document.put("advertiserName", placement.advertiserName());
        document.put("headline", headlineOf(placement));
        document.put("teaser", creative.teaser());
        document.put(
                "body", placement.event() == null ? null : placement.event().description());
        document.put("suggest", headlineOf(placement));
        document.put(
                "themes",
                placement.themes().stream().map(slug -> Map.of("slug", slug)).toList());
        document.put("linkUrl", creative.linkUrl());
        document.put("imageUrl", creative.imageUrl());
        document.put("logoUrl", creative.logoUrl());
        document.put("flightStart", placement.flightStart().toString());
        document.put("flightEnd", placement.flightEnd().toString());
        document.put("publishedAt", placement.flightStart().toString());
        if (placement.event() != null) {
            var event = placement.event();
            var listing = new LinkedHashMap<String, Object>();
            listing.put("organiser", event.organiser());
            listing.put("title", event.title());
            listing.put("description", event.description());
            listing.put("date", event.date().toString());
            listing.put(
                    "startTime",
                    event.startTime() == null ? null : event.startTime().toString());
            listing.put("place", event.place());
            document.put("event", listing);
        }
        if (placement.job() != null) {
            var job = placement.job();
            var ad = new LinkedHashMap<String, Object>();
            ad.put("employer", job.employer());
            ad.put("title", job.title());
            ad.put("location", job.location());
            ad.put("deadline", job.deadline() == null ? null : job.deadline().toString());
            document.put("job", ad);
        }
        return document;
    }

    private static String headlineOf(PlacementSnapshot placement) {
        if (placement.event() != null) {
            return placement.event().title();
        }
        if (placement.job() != null) {
            return placement.job().title();
        }
        return placement.creative().title();
    }
}
