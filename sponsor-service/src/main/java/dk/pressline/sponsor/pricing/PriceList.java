package dk.pressline.sponsor.pricing;

import dk.pressline.events.placement.Product;
import dk.pressline.platform.web.InvalidInputException;
import dk.pressline.platform.web.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Prices per product and period, kept by sales, and the quotes made from them. The model is deliberately simple: a
 * flight costs the sum of its days, each day at the price that applies on it.
 */
@Service
@Transactional
public class PriceList {

    public static final String CURRENCY = "DKK";

    private final PriceRepository prices;
    private final Clock clock;

    PriceList(PriceRepository prices, Clock clock) {
        this.prices = prices;
        this.clock = clock;
    }

    public Price add(Product product, LocalDate validFrom, LocalDate validUntil, long pricePerDay) {
        if (validUntil != null && !validUntil.isAfter(validFrom)) {
            throw new InvalidInputException("validUntil", "must be after validFrom");
        }
        var price =
                new Price(UUID.randomUUID(), product, validFrom, validUntil, pricePerDay, CURRENCY, clock.instant());
        prices.insert(price);
        return price;
    }

    /** Removes a price; bookings already made keep the price they were quoted. */
    public void remove(UUID id) {
        if (!prices.delete(id)) {
            throw new NotFoundException("Price " + id);
        }
    }

    @Transactional(readOnly = true)
    public List<Price> list(Product product) {
        return prices.list(product);
    }

    /**
     * What the flight costs.
     *
     * @throws InvalidInputException when a day of the flight has no price: it cannot be sold yet
     */
    @Transactional(readOnly = true)
    public Quote quote(Product product, LocalDate firstDay, LocalDate lastDay) {
        var applying = prices.applying(product, firstDay, lastDay);
        var lines = new ArrayList<Quote.Line>();
        Price current = null;
        LocalDate lineStart = null;
        for (var day = firstDay; !day.isAfter(lastDay); day = day.plusDays(1)) {
            var today = day;
            var price = applying.stream()
                    .filter(candidate -> candidate.appliesOn(today))
                    .findFirst()
                    .orElseThrow(() -> new InvalidInputException(
                            "firstDay", product + " has no price on " + today + " and cannot be booked for it"));
            if (price != current) {
                if (current != null) {
                    lines.add(line(lineStart, day.minusDays(1), current));
                }
                current = price;
                lineStart = day;
            }
        }
        lines.add(line(lineStart, lastDay, current));
        long total = lines.stream().mapToLong(Quote.Line::amount).sum();
        return new Quote(
                product,
                firstDay,
                lastDay,
                ChronoUnit.DAYS.between(firstDay, lastDay) + 1,
                total,
                CURRENCY,
                List.copyOf(lines));
    }

    private static Quote.Line line(LocalDate first, LocalDate last, Price price) {
        long days = ChronoUnit.DAYS.between(first, last) + 1;
        return new Quote.Line(first, last, days, price.pricePerDay(), Math.multiplyExact(days, price.pricePerDay()));
    }
}
