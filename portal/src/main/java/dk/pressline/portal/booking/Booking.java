package dk.pressline.portal.booking;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A booking as sponsor-service's API gives it; fields it adds later are ignored.
 *
 * @param price what the flight costs, in øre
 * @param decisionReason why sales rejected or withdrew it; {@code null} otherwise
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Booking(
        String id,
        String advertiserId,
        String product,
        String status,
        LocalDate firstDay,
        LocalDate lastDay,
        Instant flightStart,
        Content content,
        long price,
        String currency,
        String decisionReason,
        Instant holdUntil,
        Instant createdAt) {

    /** What readers will see of the booking. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Content(List<String> themes, Creative creative) {

        public Content {
            themes = themes == null ? List.of() : List.copyOf(themes);
        }
    }

    /** The creative: headline, text, link and image. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Creative(String title, String teaser, String linkUrl, String imageUrl, String logoUrl) {}

    /** Danish for the booking's status, as the advertiser reads it. */
    public String statusText() {
        return BookingTexts.status(status);
    }

    public String productText() {
        return BookingTexts.product(product);
    }

    /** The price in kroner, Danish style ("10.500,00 kr."). */
    public String priceText() {
        return BookingTexts.kroner(price);
    }

    /** Whether the advertiser may still call it off: requested or approved, and its flight not yet started. */
    public boolean cancellableAt(Instant now) {
        return ("REQUESTED".equals(status) || "APPROVED".equals(status))
                && flightStart != null
                && flightStart.isAfter(now);
    }
}
