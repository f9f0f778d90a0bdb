package dk.pressline.portal.report;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;

/** An advertiser's report as sponsor-service gives it: impressions and clicks per booking per Danish day. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Report(String advertiserId, String advertiserName, Figures totals, List<BookingReport> bookings) {

    public Report {
        bookings = bookings == null ? List.of() : List.copyOf(bookings);
    }

    /** @param ctr clicks per impression; {@code null} without impressions */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Figures(long impressions, long clicks, Double ctr) {

        public String ctrText() {
            return DailyFigures.percent(ctr);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record BookingReport(String bookingId, String title, Figures totals, List<Day> days) {

        public BookingReport {
            days = days == null ? List.of() : List.copyOf(days);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Day(LocalDate day, Figures figures) {}
}
