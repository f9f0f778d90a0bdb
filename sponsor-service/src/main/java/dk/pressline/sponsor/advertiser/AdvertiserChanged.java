package dk.pressline.sponsor.advertiser;

/**
 * Published (in process, inside the saving transaction) when an advertiser's name or logo changed, so the placements
 * readers see can follow.
 */
public record AdvertiserChanged(Advertiser advertiser) {}
