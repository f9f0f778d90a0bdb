package dk.pressline.sponsor.booking;

import dk.pressline.events.placement.Product;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An advertiser's booking of a product for a flight of whole days.
 *
 * @param revision increases with every save; the ETag, and the revision its placement events carry
 * @param flightStart the start of {@code firstDay} in Danish time
 * @param flightEnd the end of {@code lastDay} in Danish time, excluded
 * @param price the quote the booking was made at, in øre
 * @param decisionReason why sales rejected or withdrew it; {@code null} otherwise
 * @param everActivated whether readers have been shown it
 * @param holdUntil until when the request holds an exclusive product's days while sales have not approved it;
 *     {@code null} for the other products
 */
public record Booking(
        UUID id,
        String advertiserId,
        Product product,
        BookingStatus status,
        long revision,
        LocalDate firstDay,
        LocalDate lastDay,
        Instant flightStart,
        Instant flightEnd,
        BookingContent content,
        long price,
        String currency,
        String decisionReason,
        boolean everActivated,
        Instant holdUntil,
        Instant createdAt,
        Instant updatedAt) {

    Booking next(BookingStatus status, BookingContent content, String decisionReason, Instant now) {
        return new Booking(
                id,
                advertiserId,
                product,
                status,
                revision + 1,
                firstDay,
                lastDay,
                flightStart,
                flightEnd,
                content,
                price,
                currency,
                decisionReason,
                everActivated || status == BookingStatus.ACTIVE,
                holdUntil,
                createdAt,
                now);
    }

    Booking next(BookingStatus status, String decisionReason, Instant now) {
        return next(status, content, decisionReason, now);
    }
}
