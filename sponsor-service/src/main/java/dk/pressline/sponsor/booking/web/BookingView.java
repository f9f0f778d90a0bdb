package dk.pressline.sponsor.booking.web;

import dk.pressline.events.placement.Product;
import dk.pressline.sponsor.booking.Booking;
import dk.pressline.sponsor.booking.BookingContent;
import dk.pressline.sponsor.booking.BookingStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A booking as the API shows it.
 *
 * @param price what the flight costs, in øre, as quoted when it was booked
 * @param holdUntil until when the request holds an exclusive product's days without sales' approval; after it the
 *     request is {@code HOLD_EXPIRED} unless approved before. {@code null} for products that are not exclusive
 */
record BookingView(
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
        @Schema(nullable = true) String decisionReason,
        @Schema(nullable = true) Instant holdUntil,
        Instant createdAt,
        Instant updatedAt) {

    static BookingView of(Booking booking) {
        return new BookingView(
                booking.id(),
                booking.advertiserId(),
                booking.product(),
                booking.status(),
                booking.revision(),
                booking.firstDay(),
                booking.lastDay(),
                booking.flightStart(),
                booking.flightEnd(),
                booking.content(),
                booking.price(),
                booking.currency(),
                booking.decisionReason(),
                booking.holdUntil(),
                booking.createdAt(),
                booking.updatedAt());
    }
}
