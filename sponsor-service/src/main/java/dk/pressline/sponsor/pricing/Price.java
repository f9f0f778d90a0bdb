package dk.pressline.sponsor.pricing;

import dk.pressline.events.placement.Product;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What one day of a product costs in a period of days.
 *
 * @param validUntil the first day the price no longer applies; {@code null} while it applies until further notice
 * @param pricePerDay in øre (1/100 of the currency)
 */
public record Price(
        UUID id,
        Product product,
        LocalDate validFrom,
        @Schema(nullable = true) LocalDate validUntil,
        long pricePerDay,
        String currency,
        Instant createdAt) {

    boolean appliesOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validUntil == null || day.isBefore(validUntil));
    }
}
