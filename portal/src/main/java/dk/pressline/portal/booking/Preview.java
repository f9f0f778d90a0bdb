package dk.pressline.portal.booking;

/**
 * A sponsored item as readers will see it, for reader-look's fragment: the advertiser's name under "Sponseret af",
 * the creative's headline, text, image and link.
 */
public record Preview(String advertiser, String label, String headline, String teaser, String imageUrl, String href) {

    static final String LABEL = "Sponseret";

    static Preview of(String advertiser, BookingForm form) {
        return new Preview(advertiser, LABEL, form.title(), form.teaser(), form.imageUrl(), form.linkUrl());
    }

    public static Preview of(String advertiser, Booking booking) {
        var creative = booking.content().creative();
        return new Preview(
                advertiser, LABEL, creative.title(), creative.teaser(), creative.imageUrl(), creative.linkUrl());
    }
}
