package dk.pressline.sponsor.booking;

import dk.pressline.events.EventJson;
import dk.pressline.events.placement.Creative;
import dk.pressline.events.placement.EventListing;
import dk.pressline.events.placement.JobAd;
import dk.pressline.events.placement.Product;
import dk.pressline.platform.web.ConflictException;
import dk.pressline.platform.web.PageOf;
import dk.pressline.platform.web.PageQuery;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Bookings in PostgreSQL, which itself refuses two bookings holding one exclusive slot. */
@Repository
class BookingRepository {

    /** Exclusion constraint violated: another booking holds an overlapping slot. */
    private static final String EXCLUSION_VIOLATION = "23P01";
    /**
     * Two transactions inserting overlapping slots at the same moment each wait for the other's exclusion check;
     * PostgreSQL breaks the tie by aborting one, and the other's booking stands.
     */
    private static final String DEADLOCK = "40P01";

    private static final String COLUMNS = """
            id, advertiser_id, product, status, revision, first_day, last_day, flight_start, flight_end, themes,
            creative, event_listing, job_ad, price_ore, currency, decision_reason, ever_activated, hold_until,
            created_at, updated_at""";

    private final JdbcClient jdbc;
    private final Clock clock;

    BookingRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Stores a new booking.
     *
     * @throws ConflictException when the product is exclusive and another booking holds part of the flight
     */
    void insert(Booking booking) {
        try {
            jdbc.sql("insert into booking (" + COLUMNS + ", slot_range) values (:id, :advertiserId, :product, :status,"
                            + " :revision, :firstDay, :lastDay, :flightStart, :flightEnd, :themes,"
                            + " cast(:creative as jsonb), cast(:event as jsonb), cast(:job as jsonb), :price,"
                            + " :currency, :decisionReason, :everActivated, :holdUntil, :createdAt, :updatedAt,"
                            + " case when :exclusive then tstzrange(:flightStart, :flightEnd, '[)') end)")
                    .params(parameters(booking))
                    .param("exclusive", Inventory.exclusive(booking.product()))
                    .update();
        } catch (DataAccessException e) {
            var state = sqlState(e);
            if (EXCLUSION_VIOLATION.equals(state) || DEADLOCK.equals(state)) {
                throw new ConflictException("The " + booking.product() + " slot is already taken on some of the days "
                        + "from " + booking.firstDay() + " to " + booking.lastDay() + "; see /api/availability.");
            }
            throw e;
        }
    }

    /** Stores the booking's new state; callers hold its row lock. */
    void update(Booking booking) {
        jdbc.sql("""
                        update booking set status = :status, revision = :revision, themes = :themes,
                          creative = cast(:creative as jsonb), event_listing = cast(:event as jsonb),
                          job_ad = cast(:job as jsonb), decision_reason = :decisionReason,
                          ever_activated = :everActivated, updated_at = :updatedAt
                        where id = :id""").params(parameters(booking)).update();
    }

    Optional<Booking> find(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from booking where id = ?")
                .param(id)
                .query((rs, row) -> booking(rs))
                .optional();
    }

    /** Locks the advertiser's row until the transaction ends, so its bookings are counted and made one at a time. */
    void lockAdvertiser(String advertiserId) {
        jdbc.sql("select id from advertiser where id = ? for update")
                .param(advertiserId)
                .query(String.class)
                .list();
    }

    /** The advertiser's requests waiting for sales whose hold has not ended. */
    long countOpenRequests(String advertiserId, Instant now) {
        return jdbc.sql("""
                        select count(*) from booking where advertiser_id = ? and status = 'REQUESTED'
                          and (hold_until is null or hold_until > ?)""")
                .params(advertiserId, Timestamp.from(now))
                .query(Long.class)
                .single();
    }

    /**
     * Stores as lapsed the requests whose hold on the product's days from {@code start} to {@code end} has ended, so
     * the exclusion constraint lets another booking have those days.
     */
    int releaseLapsedHolds(Product product, Instant start, Instant end, Instant now) {
        return jdbc.sql("""
                        update booking set status = 'HOLD_EXPIRED', revision = revision + 1, updated_at = ?
                        where product = ? and status = 'REQUESTED' and hold_until <= ?
                          and slot_range && tstzrange(?, ?, '[)')""")
                .params(
                        Timestamp.from(now),
                        product.name(),
                        Timestamp.from(now),
                        Timestamp.from(start),
                        Timestamp.from(end))
                .update();
    }

    /** The booking, locked until the transaction ends, so changes to it happen one at a time. */
    Optional<Booking> findForUpdate(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from booking where id = ? for update")
                .param(id)
                .query((rs, row) -> booking(rs))
                .optional();
    }

    PageOf<Booking> list(String advertiserId, BookingStatus status, PageQuery page) {
        var where = new ArrayList<String>();
        var parameters = new LinkedHashMap<String, Object>();
        if (advertiserId != null) {
            where.add("advertiser_id = :advertiserId");
            parameters.put("advertiserId", advertiserId);
        }
        if (status == BookingStatus.REQUESTED) {
            where.add("status = 'REQUESTED' and (hold_until is null or hold_until > :now)");
        } else if (status == BookingStatus.HOLD_EXPIRED) {
            where.add("(status = 'HOLD_EXPIRED' or (status = 'REQUESTED' and hold_until <= :now))");
        } else if (status != null) {
            where.add("status = :status");
            parameters.put("status", status.name());
        }
        if (status == BookingStatus.REQUESTED || status == BookingStatus.HOLD_EXPIRED) {
            parameters.put("now", Timestamp.from(clock.instant()));
        }
        var condition = where.isEmpty() ? "" : " where " + String.join(" and ", where);
        long total = jdbc.sql("select count(*) from booking" + condition)
                .params(parameters)
                .query(Long.class)
                .single();
        parameters.put("limit", page.size());
        parameters.put("offset", page.offset());
        var items = jdbc.sql("select " + COLUMNS + " from booking" + condition
                        + " order by created_at desc, id limit :limit offset :offset")
                .params(parameters)
                .query((rs, row) -> booking(rs))
                .list();
        return PageOf.of(items, page, total);
    }

    /** Every booking of the advertiser, oldest flight first. */
    List<Booking> ofAdvertiser(String advertiserId) {
        return jdbc.sql("select " + COLUMNS + " from booking where advertiser_id = ? order by first_day, id")
                .param(advertiserId)
                .query((rs, row) -> booking(rs))
                .list();
    }

    /** The advertiser's live bookings, locked. */
    List<Booking> activeOfAdvertiserForUpdate(String advertiserId) {
        return jdbc.sql("select " + COLUMNS + " from booking where advertiser_id = ? and status = 'ACTIVE' "
                        + "order by id for update")
                .param(advertiserId)
                .query((rs, row) -> booking(rs))
                .list();
    }

    /** The days, from {@code from} to {@code to}, on which bookings hold the product's slot, as their flights. */
    List<DayRange> heldSlots(Product product, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select first_day, last_day from booking
                        where product = ? and slot_range is not null and status in ('REQUESTED', 'APPROVED', 'ACTIVE')
                          and (status <> 'REQUESTED' or hold_until is null or hold_until > ?)
                          and daterange(first_day, last_day, '[]') && daterange(?, ?, '[]')
                        order by first_day""")
                .params(product.name(), Timestamp.from(clock.instant()), Date.valueOf(from), Date.valueOf(to))
                .query((rs, row) -> new DayRange(
                        rs.getDate("first_day").toLocalDate(),
                        rs.getDate("last_day").toLocalDate()))
                .list();
    }

    /** Approved bookings whose flight has started, locked; rows another instance holds are skipped. */
    List<UUID> lockDueForActivation(Instant now, int limit) {
        return jdbc.sql("""
                        select id from booking where status = 'APPROVED' and flight_start <= ?
                        order by flight_start for update skip locked limit ?""")
                .params(Timestamp.from(now), limit)
                .query(UUID.class)
                .list();
    }

    /** Active bookings whose flight has ended, locked; rows another instance holds are skipped. */
    List<UUID> lockDueForExpiry(Instant now, int limit) {
        return jdbc.sql("""
                        select id from booking where status = 'ACTIVE' and flight_end <= ?
                        order by flight_end for update skip locked limit ?""")
                .params(Timestamp.from(now), limit)
                .query(UUID.class)
                .list();
    }

    /** How many bookings stand in each state; a state no booking is in is missing. */
    Map<BookingStatus, Long> countByStatus() {
        Map<BookingStatus, Long> byStatus = new EnumMap<>(BookingStatus.class);
        jdbc.sql("select status, count(*) as bookings from booking group by status")
                .query(row -> {
                    byStatus.put(BookingStatus.valueOf(row.getString("status")), row.getLong("bookings"));
                });
        return byStatus;
    }

    private static Map<String, Object> parameters(Booking booking) {
        var content = booking.content();
        var json = EventJson.mapper();
        var parameters = new LinkedHashMap<String, Object>();
        parameters.put("id", booking.id());
        parameters.put("advertiserId", booking.advertiserId());
        parameters.put("product", booking.product().name());
        parameters.put("status", booking.status().name());
        parameters.put("revision", booking.revision());
        parameters.put("firstDay", Date.valueOf(booking.firstDay()));
        parameters.put("lastDay", Date.valueOf(booking.lastDay()));
        parameters.put("flightStart", Timestamp.from(booking.flightStart()));
        parameters.put("flightEnd", Timestamp.from(booking.flightEnd()));
        parameters.put("themes", content.themes().toArray(String[]::new));
        parameters.put("creative", json.writeValueAsString(content.creative()));
        parameters.put("event", content.event() == null ? null : json.writeValueAsString(content.event()));
        parameters.put("job", content.job() == null ? null : json.writeValueAsString(content.job()));
        parameters.put("price", booking.price());
        parameters.put("currency", booking.currency());
        parameters.put("decisionReason", booking.decisionReason());
        parameters.put("everActivated", booking.everActivated());
        parameters.put("holdUntil", booking.holdUntil() == null ? null : Timestamp.from(booking.holdUntil()));
        parameters.put("createdAt", Timestamp.from(booking.createdAt()));
        parameters.put("updatedAt", Timestamp.from(booking.updatedAt()));
        return parameters;
    }

    /** The booking as stored, except that a request whose hold has ended reads as lapsed at once. */
    private Booking booking(ResultSet rs) throws SQLException {
        var json = EventJson.mapper();
        var event = rs.getString("event_listing");
        var job = rs.getString("job_ad");
        var content = new BookingContent(
                Arrays.asList((String[]) rs.getArray("themes").getArray()),
                json.readValue(rs.getString("creative"), Creative.class),
                event == null ? null : json.readValue(event, EventListing.class),
                job == null ? null : json.readValue(job, JobAd.class));
        var held = rs.getTimestamp("hold_until");
        var holdUntil = held == null ? null : held.toInstant();
        var status = BookingStatus.valueOf(rs.getString("status")).at(holdUntil, clock.instant());
        return new Booking(
                rs.getObject("id", UUID.class),
                rs.getString("advertiser_id"),
                Product.valueOf(rs.getString("product")),
                status,
                rs.getLong("revision"),
                rs.getDate("first_day").toLocalDate(),
                rs.getDate("last_day").toLocalDate(),
                rs.getTimestamp("flight_start").toInstant(),
                rs.getTimestamp("flight_end").toInstant(),
                content,
                rs.getLong("price_ore"),
                rs.getString("currency"),
                rs.getString("decision_reason"),
                rs.getBoolean("ever_activated"),
                holdUntil,
                rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }

    private static String sqlState(Throwable throwable) {
        for (var cause = throwable; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }
}
