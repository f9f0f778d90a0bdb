package dk.pressline.sponsor.reporting;

import dk.pressline.events.placement.Product;
import dk.pressline.sponsor.booking.BookingStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What an advertiser got for its money: impressions and clicks of each booking per day (Danish time), with the
 * click-through rate.
 *
 * @param from first day counted; {@code null} when the report starts with the first interaction
 * @param to last day counted; {@code null} when the report runs to the latest interaction
 */
public record AdvertiserReport(
        String advertiserId,
        String advertiserName,
        @Schema(nullable = true) LocalDate from,
        @Schema(nullable = true) LocalDate to,
        Figures totals,
        List<BookingReport> bookings) {

    /**
     * Impressions and clicks.
     *
     * @param ctr clicks per impression; {@code null} when there were no impressions
     */
    public record Figures(
            long impressions,
            long clicks,
            @Schema(nullable = true) Double ctr) {

        static Figures of(long impressions, long clicks) {
            return new Figures(impressions, clicks, impressions == 0 ? null : (double) clicks / impressions);
        }

        static Figures sum(List<Figures> figures) {
            return of(
                    figures.stream().mapToLong(Figures::impressions).sum(),
                    figures.stream().mapToLong(Figures::clicks).sum());
        }
    }

    public record BookingReport(
            UUID bookingId,
            Product product,
            String title,
            BookingStatus status,
            LocalDate firstDay,
            LocalDate lastDay,
            Figures totals,
            List<Day> days) {}

    public record Day(LocalDate day, Figures figures) {}
}
