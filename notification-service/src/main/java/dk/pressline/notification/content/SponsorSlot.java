package dk.pressline.notification.content;

import java.util.UUID;

/**
 * The newsletter sponsor of an edition, always shown as paid content: its label ("Sponseret") and advertiser.
 *
 * @param revision the placement revision shown, reported with the impression
 * @param teaser {@code null} when there is none
 * @param linkUrl sponsor-service's click redirect on the site, which counts the click and sends the reader on to the
 *     advertiser's link
 */
public record SponsorSlot(
        UUID bookingId,
        long revision,
        String label,
        String advertiserName,
        String title,
        String teaser,
        String linkUrl) {}
