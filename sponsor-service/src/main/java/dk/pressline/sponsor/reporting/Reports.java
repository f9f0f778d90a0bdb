package dk.pressline.sponsor.reporting;

import dk.pressline.platform.security.Caller;
import dk.pressline.sponsor.advertiser.Advertisers;
import dk.pressline.sponsor.booking.Bookings;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Advertisers' reports, from the counted interactions of their bookings. */
@Service
@Transactional(readOnly = true)
public class Reports {

    private final Advertisers advertisers;
    private final Bookings bookings;
    private final InteractionCounts counts;

    Reports(Advertisers advertisers, Bookings bookings, InteractionCounts counts) {
        this.advertisers = advertisers;
        this.bookings = bookings;
        this.counts = counts;
    }

    /**
     * The advertiser's report from {@code from} to {@code to} (both optional, both included).
     *
     * @throws dk.pressline.platform.web.NotFoundException when the caller may not act for the advertiser
     */
    public AdvertiserReport report(String advertiserId, LocalDate from, LocalDate to, Caller caller) {
        var advertiser = advertisers.get(advertiserId, caller);
        var reports = new ArrayList<AdvertiserReport.BookingReport>();
        for (var booking : bookings.ofAdvertiser(advertiserId)) {
            var days = counts.days(booking.id(), from, to);
            reports.add(new AdvertiserReport.BookingReport(
                    booking.id(),
                    booking.product(),
                    booking.content().creative().title(),
                    booking.status(),
                    booking.firstDay(),
                    booking.lastDay(),
                    AdvertiserReport.Figures.sum(
                            days.stream().map(AdvertiserReport.Day::figures).toList()),
                    days));
        }
        return new AdvertiserReport(
                advertiserId,
                advertiser.name(),
                from,
                to,
                AdvertiserReport.Figures.sum(reports.stream()
                        .map(AdvertiserReport.BookingReport::totals)
                        .toList()),
                List.copyOf(reports));
    }
}
