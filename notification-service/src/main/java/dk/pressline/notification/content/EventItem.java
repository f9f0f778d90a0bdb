package dk.pressline.notification.content;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/**
 * An upcoming event from a paid event listing, shown with its disclosure label and advertiser.
 *
 * @param startTime {@code null} for an all-day event
 */
public record EventItem(UUID bookingId, String title, String organiser, LocalDate date, LocalTime startTime,
        String place, String linkUrl, String label, String advertiserName) {
}
