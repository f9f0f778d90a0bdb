package dk.pressline.notification.newsletter;

import dk.pressline.events.notification.DeliveryKind;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The newsletter editions, one per due time, with their contents and how far their queueing got, in PostgreSQL. */
@Repository
class EditionRepository {

    /** Every active subscriber who wants the newsletter, for the fan-out of an edition. */
    static final String NEWSLETTER_SUBSCRIBERS =
            "select subscriber_id from subscribers where status = 'ACTIVE' and newsletter";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String LATEST_QUEUED = """
            select e.edition_id, e.due_at, e.queued_at, e.recipients, d.sent, d.last_sent_at
            from editions e
            cross join lateral (select count(*) as sent, max(sent_at) as last_sent_at from deliveries
                                where kind = ? and reference = e.edition_id::text and state = 'SENT') d
            where e.state = 'QUEUED' order by e.due_at desc limit 1""";

    private final JdbcTemplate jdbc;

    EditionRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores the edition due then as being queued, unless one is stored for that due time already.
     *
     * @return the edition stored for the due time, this one or the earlier
     */
    StoredEdition storeUnlessDue(Instant dueAt, EditionContents contents, Instant now) {
        jdbc.update(
                """
                insert into editions (edition_id, due_at, covers_from, contents, state, assembled_at)
                values (?, ?, ?, ?::jsonb, 'QUEUEING', ?) on conflict (due_at) do nothing""",
                UUID.randomUUID(),
                utc(dueAt),
                utc(contents.coversFrom()),
                JSON.writeValueAsString(contents),
                utc(now));
        var edition = jdbc.queryForMap("select edition_id, state from editions where due_at = ?", utc(dueAt));
        return new StoredEdition((UUID) edition.get("edition_id"), (String) edition.get("state"));
    }

    void markQueued(UUID editionId, Instant now, int recipients) {
        jdbc.update(
                "update editions set state = 'QUEUED', queued_at = ?, recipients = ? where edition_id = ?",
                utc(now),
                recipients,
                editionId);
    }

    /** The due times of the editions whose queueing started before {@code assembledBefore} and never finished. */
    List<Instant> stalledSince(Instant assembledBefore) {
        return jdbc.query(
                "select due_at from editions where state = 'QUEUEING' and assembled_at < ?",
                (row, n) -> row.getTimestamp(1).toInstant(),
                utc(assembledBefore));
    }

    Optional<EditionContents> contents(UUID editionId) {
        return jdbc
                .query(
                        "select contents::text from editions where edition_id = ?",
                        (row, n) -> JSON.readValue(row.getString(1), EditionContents.class),
                        editionId)
                .stream()
                .findFirst();
    }

    /** The due time of the latest edition before {@code dueAt}; empty before the first. */
    Optional<Instant> previousDueBefore(Instant dueAt) {
        var previous =
                jdbc.queryForObject("select max(due_at) from editions where due_at < ?", Timestamp.class, utc(dueAt));
        return Optional.ofNullable(previous).map(Timestamp::toInstant);
    }

    /** The latest edition queued for its subscribers, and how many of its mails were sent; empty before the first. */
    Optional<QueuedEdition> latestQueued() {
        return jdbc
                .query(
                        LATEST_QUEUED,
                        (row, n) -> {
                            var lastSent = row.getTimestamp("last_sent_at");
                            return new QueuedEdition(
                                    (UUID) row.getObject("edition_id"),
                                    row.getTimestamp("due_at").toInstant(),
                                    row.getTimestamp("queued_at").toInstant(),
                                    row.getLong("recipients"),
                                    row.getLong("sent"),
                                    lastSent == null ? null : lastSent.toInstant());
                        },
                        DeliveryKind.NEWSLETTER_EDITION.name())
                .stream()
                .findFirst();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** @param state {@code QUEUEING} or {@code QUEUED} */
    record StoredEdition(UUID editionId, String state) {}

    /** @param lastSentAt when the last of its mails was sent; {@code null} before the first */
    record QueuedEdition(
            UUID editionId, Instant dueAt, Instant queuedAt, long recipients, long sent, Instant lastSentAt) {}
}
