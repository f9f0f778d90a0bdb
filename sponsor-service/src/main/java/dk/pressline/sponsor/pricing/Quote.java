package dk.pressline.sponsor.pricing;

import dk.pressline.events.placement.Product;
import java.time.LocalDate;
import java.util.List;

/**
 * What a flight of a product costs: every day at the price that applies on it, in øre.
 *
 * @param lastDay the flight's last day, included
 * @param lines one per price the flight crosses, in day order
 */
public record Quote(
        Product product,
        LocalDate firstDay,
        LocalDate lastDay,
        long days,
        long total,
        String currency,
        List<Line> lines) {

    /** Consecutive days of the flight at one price. */
    public record Line(LocalDate firstDay, LocalDate lastDay, long days, long pricePerDay, long amount) {}
}
