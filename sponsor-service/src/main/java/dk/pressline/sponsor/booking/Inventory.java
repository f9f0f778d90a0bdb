package dk.pressline.sponsor.booking;

import dk.pressline.events.interaction.Channel;
import dk.pressline.events.placement.Product;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * What is for sale: which products are sold exclusively (one advertiser at a time), and where readers meet each.
 * Flights are whole days in Danish time.
 */
public final class Inventory {

    public static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

    private Inventory() {}

    /**
     * Whether one booking at a time holds the product. The newsletter has one sponsor slot per edition; booking it for
     * a run of days makes the advertiser the sponsor of every edition in those days.
     */
    public static boolean exclusive(Product product) {
        return product == Product.NEWSLETTER_SPONSOR;
    }

    /** Where a reader meets a placement of the product, for clicks that do not say. */
    public static Channel channelOf(Product product) {
        return switch (product) {
            case RELATED_FEED_ITEM -> Channel.RELATED_FEED;
            case NEWSLETTER_SPONSOR -> Channel.NEWSLETTER;
            case EVENT_LISTING -> Channel.EVENT_LISTING;
            case JOB_AD -> Channel.JOB_LISTING;
            case SPONSORED_ARTICLE -> Channel.SPONSORED_ARTICLE;
        };
    }

    /** The first moment of a day in Danish time. */
    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay(DANISH_TIME).toInstant();
    }

    /** The day an instant falls on in Danish time. */
    public static LocalDate dayOf(Instant instant) {
        return instant.atZone(DANISH_TIME).toLocalDate();
    }
}
