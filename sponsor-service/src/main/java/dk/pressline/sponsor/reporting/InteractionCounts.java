package dk.pressline.sponsor.reporting;

import dk.pressline.events.interaction.PlacementClickRecorded;
import dk.pressline.events.interaction.PlacementInteraction;
import dk.pressline.sponsor.booking.Inventory;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Impressions and clicks per booking, day and channel. Each interaction event is counted once: its id is recorded in
 * the same transaction as the count, so a redelivered event changes nothing.
 */
@Repository
class InteractionCounts {

    private final JdbcClient jdbc;
    private final Clock clock;

    InteractionCounts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Counts the interactions not counted before; returns how many were new. */
    @Transactional
    int count(Collection<? extends PlacementInteraction> interactions) {
        int counted = 0;
        var now = Timestamp.from(clock.instant());
        for (var interaction : interactions) {
            int recorded = jdbc.sql("""
                            insert into counted_interaction (event_id, counted_at) values (?, ?)
                            on conflict (event_id) do nothing""")
                    .params(interaction.eventId(), now).update();
            if (recorded == 0) {
                continue;
            }
            boolean click = interaction instanceof PlacementClickRecorded;
            jdbc.sql("""
                            insert into interaction_count (booking_id, day, channel, impressions, clicks)
                            values (?, ?, ?, ?, ?)
                            on conflict (booking_id, day, channel) do update
                            set impressions = interaction_count.impressions + excluded.impressions,
                                clicks = interaction_count.clicks + excluded.clicks""")
                    .params(interaction.bookingId(), Date.valueOf(Inventory.dayOf(interaction.occurredAt())),
                            interaction.channel().name(), click ? 0 : 1, click ? 1 : 0)
                    .update();
            counted++;
        }
        return counted;
    }

    /**
     * Forgets the ids of events counted before {@code before}, which no redelivery can bring back any more: the
     * interactions topic no longer holds them. The counts stay.
     */
    @Transactional
    int forgetCountedBefore(Instant before) {
        return jdbc.sql("delete from counted_interaction where counted_at < ?").param(Timestamp.from(before)).update();
    }
}
