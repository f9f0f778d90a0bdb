package dk.pressline.notification.content;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/**
 * An upcoming event from a paid event listing, shown with its disclosure label and advertiser.
 *
 * @param startTime {@code null} for an all-day event
 * @param linkUrl sponsor-service's click redirect on the site, which counts the click and sends the reader on to the
 *     organiser's link
 */
public record EventItem(
        UUID bookingId,
        String title,
        String organiser,
        LocalDate date,
        LocalTime startTime,
        String place,
        String linkUrl,
        String label,
        String advertiserName) {}
