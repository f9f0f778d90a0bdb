package dk.pressline.events.interaction;

/** Where a reader met a sponsored placement. */
public enum Channel {
    RELATED_FEED,
    NEWSLETTER,
    EVENT_LISTING,
    JOB_LISTING,
    SPONSORED_ARTICLE
}
