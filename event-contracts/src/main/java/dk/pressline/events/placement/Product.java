package dk.pressline.events.placement;

/** What an advertiser booked. */
public enum Product {
    RELATED_FEED_ITEM,
    NEWSLETTER_SPONSOR,
    EVENT_LISTING,
    JOB_AD,
    SPONSORED_ARTICLE
}
