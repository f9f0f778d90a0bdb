package dk.pressline.notification.content;

import dk.pressline.events.interaction.Channel;
import dk.pressline.events.placement.PlacementEvent;
import dk.pressline.events.placement.PlacementWithdrawn;
import dk.pressline.events.placement.Product;
import dk.pressline.platform.site.SiteUrl;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * This service's copy of the sponsored placements it shows in the newsletter, kept from the placements topic: event
 * listings and newsletter sponsor slots. A lower revision never wins. The newsletter links to them only through
 * sponsor-service's click redirect on the site, which counts the click and sends the reader on to the advertiser.
 */
@Repository
public class Placements {

    private final JdbcTemplate jdbc;
    private final SiteUrl site;

    Placements(JdbcTemplate jdbc, SiteUrl site) {
        this.jdbc = jdbc;
        this.site = site;
    }

    public void apply(PlacementEvent event) {
        var placement = event.placement();
        if (placement.product() != Product.EVENT_LISTING && placement.product() != Product.NEWSLETTER_SPONSOR) {
            return;
        }
        var listing = placement.event();
        jdbc.update(
                """
                insert into placements (booking_id, revision, product, advertiser_name, label, flight_start, flight_end,
                    title, teaser, event_date, event_time, event_place, event_organiser, withdrawn)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (booking_id) do update set revision = excluded.revision, product = excluded.product,
                    advertiser_name = excluded.advertiser_name, label = excluded.label,
                    flight_start = excluded.flight_start, flight_end = excluded.flight_end, title = excluded.title,
                    teaser = excluded.teaser, event_date = excluded.event_date,
                    event_time = excluded.event_time, event_place = excluded.event_place,
                    event_organiser = excluded.event_organiser, withdrawn = excluded.withdrawn
                where placements.revision < excluded.revision""",
                placement.bookingId(),
                placement.revision(),
                placement.product().name(),
                placement.advertiserName(),
                placement.label(),
                placement.flightStart().atOffset(ZoneOffset.UTC),
                placement.flightEnd().atOffset(ZoneOffset.UTC),
                listing == null ? placement.creative().title() : listing.title(),
                placement.creative().teaser(),
                listing == null ? null : Date.valueOf(listing.date()),
                listing == null || listing.startTime() == null ? null : Time.valueOf(listing.startTime()),
                listing == null ? null : listing.place(),
                listing == null ? null : listing.organiser(),
                event instanceof PlacementWithdrawn);
    }

    /** Event listings in flight at {@code at} for events from {@code from} to {@code to}, soonest first. */
    public List<EventItem> upcomingEvents(Instant at, LocalDate from, LocalDate to) {
        return jdbc.query(
                """
                select booking_id, title, event_organiser, event_date, event_time, event_place, label, advertiser_name
                from placements
                where product = 'EVENT_LISTING' and not withdrawn and flight_start <= ? and flight_end > ?
                    and event_date between ? and ?
                order by event_date, event_time nulls first, title""",
                (row, n) -> new EventItem(
                        row.getObject("booking_id", UUID.class),
                        row.getString("title"),
                        row.getString("event_organiser"),
                        row.getDate("event_date").toLocalDate(),
                        row.getTime("event_time") == null
                                ? null
                                : row.getTime("event_time").toLocalTime(),
                        row.getString("event_place"),
                        clickRedirect(row),
                        row.getString("label"),
                        row.getString("advertiser_name")),
                at.atOffset(ZoneOffset.UTC),
                at.atOffset(ZoneOffset.UTC),
                Date.valueOf(from),
                Date.valueOf(to));
    }

    /** The newsletter sponsor in flight at {@code at}; of several, the one whose flight started last. */
    public Optional<SponsorSlot> sponsorAt(Instant at) {
        return jdbc
                .query(
                        """
                select booking_id, revision, label, advertiser_name, title, teaser
                from placements
                where product = 'NEWSLETTER_SPONSOR' and not withdrawn and flight_start <= ? and flight_end > ?
                order by flight_start desc, booking_id limit 1""",
                        (row, n) -> new SponsorSlot(
                                row.getObject("booking_id", UUID.class),
                                row.getLong("revision"),
                                row.getString("label"),
                                row.getString("advertiser_name"),
                                row.getString("title"),
                                row.getString("teaser"),
                                clickRedirect(row)),
                        at.atOffset(ZoneOffset.UTC),
                        at.atOffset(ZoneOffset.UTC))
                .stream()
                .findFirst();
    }

    private String clickRedirect(ResultSet row) throws SQLException {
        return site.clickRedirect(row.getObject("booking_id", UUID.class), Channel.NEWSLETTER);
    }
}
