package dk.pressline.sponsor.advertiser;

import java.time.Instant;

/** An organisation that buys placements, as sales keeps it. */
public record Advertiser(String id, AdvertiserDetails details, long revision, Instant createdAt, Instant updatedAt) {

    public String name() {
        return details.name();
    }

    public String logoUrl() {
        return details.logoUrl();
    }
}
