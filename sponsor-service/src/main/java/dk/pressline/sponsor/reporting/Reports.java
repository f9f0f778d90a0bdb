package dk.pressline.sponsor.reporting;

import dk.pressline.platform.security.Caller;
import dk.pressline.sponsor.advertiser.Advertisers;
import dk.pressline.sponsor.booking.Bookings;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Advertisers' reports, from the counted interactions of their bookings. */
@Service
@Transactional(readOnly = true)
public class Reports {

    private final Advertisers advertisers;
    private final Bookings bookings;
    private final JdbcClient jdbc;

    Reports(Advertisers advertisers, Bookings bookings, JdbcClient jdbc) {
        this.advertisers = advertisers;
        this.bookings = bookings;
        this.jdbc = jdbc;
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
            var days = days(booking.id(), from, to);
            reports.add(new AdvertiserReport.BookingReport(booking.id(), booking.product(),
                    booking.content().creative().title(), booking.status(), booking.firstDay(), booking.lastDay(),
                    AdvertiserReport.Figures.sum(days.stream().map(AdvertiserReport.Day::figures).toList()), days));
        }
        return new AdvertiserReport(advertiserId, advertiser.name(), from, to,
                AdvertiserReport.Figures.sum(reports.stream().map(AdvertiserReport.BookingReport::totals).toList()),
                List.copyOf(reports));
    }

    private List<AdvertiserReport.Day> days(UUID bookingId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select day, sum(impressions) as impressions, sum(clicks) as clicks from interaction_count
                        where booking_id = ? and day >= coalesce(?, day) and day <= coalesce(?, day)
                        group by day order by day""")
                .params(bookingId, from == null ? null : Date.valueOf(from), to == null ? null : Date.valueOf(to))
                .query((rs, row) -> new AdvertiserReport.Day(rs.getDate("day").toLocalDate(),
                        AdvertiserReport.Figures.of(rs.getLong("impressions"), rs.getLong("clicks"))))
                .list();
    }
}
