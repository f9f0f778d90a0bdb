package dk.pressline.sponsor.reporting;

import dk.pressline.events.interaction.Channel;
import dk.pressline.events.interaction.PlacementClickRecorded;
import dk.pressline.events.interaction.PlacementImpressionRecorded;
import dk.pressline.events.interaction.PlacementInteraction;
import dk.pressline.sponsor.booking.Inventory;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Impressions and clicks per booking, day and channel. Each interaction event is counted once: its id is recorded in
 * the same transaction as the count, so a redelivered event changes nothing. A reader's clicks on a booking, and the
 * impressions that name their reader, count once per reader window.
 */
@Repository
class InteractionCounts {

    private static final String CLICK = "CLICK";
    private static final String IMPRESSION = "IMPRESSION";

    private final JdbcClient jdbc;
    private final InteractionLimits limits;
    private final Clock clock;

    InteractionCounts(JdbcClient jdbc, InteractionLimits limits, Clock clock) {
        this.jdbc = jdbc;
        this.limits = limits;
        this.clock = clock;
    }

    /**
     * Counts a reader's click through the redirect, unless a click of the same reader on the booking was counted
     * within the reader window; returns whether it was counted.
     */
    @Transactional
    boolean countClick(UUID bookingId, Channel channel, String readerKey, Instant at) {
        if (!firstInReaderWindow(bookingId, readerKey, CLICK, at)) {
            return false;
        }
        add(bookingId, at, channel, 0, 1);
        return true;
    }

    /** Counts the interactions not counted before, but no reader's twice within the window; returns how many. */
    @Transactional
    int count(Collection<? extends PlacementInteraction> interactions) {
        int counted = 0;
        var now = Timestamp.from(clock.instant());
        for (var interaction : interactions) {
            int recorded = jdbc.sql("""
                            insert into counted_interaction (event_id, counted_at) values (?, ?)
                            on conflict (event_id) do nothing""").params(interaction.eventId(), now).update();
            if (recorded == 0 || repeatsItsReader(interaction)) {
                continue;
            }
            boolean click = interaction instanceof PlacementClickRecorded;
            add(interaction.bookingId(), interaction.occurredAt(), interaction.channel(), click ? 0 : 1, click ? 1 : 0);
            counted++;
        }
        return counted;
    }

    /** Whether the impression names a reader whose impression of the booking was counted within the window. */
    private boolean repeatsItsReader(PlacementInteraction interaction) {
        return interaction instanceof PlacementImpressionRecorded impression
                && impression.readerKey() != null
                && !firstInReaderWindow(
                        impression.bookingId(), impression.readerKey(), IMPRESSION, impression.occurredAt());
    }

    private void add(UUID bookingId, Instant at, Channel channel, int impressions, int clicks) {
        jdbc.sql("""
                        insert into interaction_count (booking_id, day, channel, impressions, clicks)
                        values (?, ?, ?, ?, ?)
                        on conflict (booking_id, day, channel) do update
                        set impressions = interaction_count.impressions + excluded.impressions,
                            clicks = interaction_count.clicks + excluded.clicks""")
                .params(bookingId, Date.valueOf(Inventory.dayOf(at)), channel.name(), impressions, clicks)
                .update();
    }

    /**
     * Notes the reader's interaction of this kind with the booking at {@code at}, unless one was counted within the
     * reader window before it: then it is not to be counted. One statement, so concurrent clicks of one reader (on
     * several instances too) count once.
     */
    private boolean firstInReaderWindow(UUID bookingId, String readerKey, String kind, Instant at) {
        return jdbc.sql("""
                        insert into counted_reader_interaction (booking_id, reader_key, kind, counted_at)
                        values (?, ?, ?, ?)
                        on conflict (booking_id, reader_key, kind) do update set counted_at = excluded.counted_at
                        where counted_reader_interaction.counted_at <= ?""")
                        .params(
                                bookingId,
                                readerKey,
                                kind,
                                Timestamp.from(at),
                                Timestamp.from(at.minus(limits.readerWindow())))
                        .update()
                == 1;
    }

    /**
     * Forgets the ids of events counted before {@code before}, which no redelivery can bring back any more: the
     * interactions topic no longer holds them. The counts stay.
     */
    @Transactional
    int forgetCountedBefore(Instant before) {
        return jdbc.sql("delete from counted_interaction where counted_at < ?")
                .param(Timestamp.from(before))
                .update();
    }

    /** Forgets when readers were last counted, where that lies further back than the reader window. */
    @Transactional
    int forgetReadersOutsideTheWindow() {
        return jdbc.sql("delete from counted_reader_interaction where counted_at < ?")
                .param(Timestamp.from(clock.instant().minus(limits.readerWindow())))
                .update();
    }

    /** A booking's impressions and clicks per day from {@code from} to {@code to} (both optional, both included). */
    List<AdvertiserReport.Day> days(UUID bookingId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select day, sum(impressions) as impressions, sum(clicks) as clicks from interaction_count
                        where booking_id = ? and day >= coalesce(?, day) and day <= coalesce(?, day)
                        group by day order by day""")
                .params(bookingId, from == null ? null : Date.valueOf(from), to == null ? null : Date.valueOf(to))
                .query((rs, row) -> new AdvertiserReport.Day(
                        rs.getDate("day").toLocalDate(),
                        AdvertiserReport.Figures.of(rs.getLong("impressions"), rs.getLong("clicks"))))
                .list();
    }
}
