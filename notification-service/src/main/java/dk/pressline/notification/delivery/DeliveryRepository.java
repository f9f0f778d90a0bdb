package dk.pressline.notification.delivery;

import dk.pressline.events.notification.DeliveryRequested;
import dk.pressline.notification.delivery.DeliveryLog.Claim;
import dk.pressline.notification.delivery.DeliveryLog.Mark;
import dk.pressline.notification.delivery.DeliveryLog.Outcome;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Repository;

/** The delivery log's rows, one per mail, and the cursor a fan-out reads its recipients with, in PostgreSQL. */
@Repository
class DeliveryRepository {

    private static final int FETCH_SIZE = 10_000;

    private static final String CLAIM = """
            with request as (
                select * from unnest(?::uuid[], ?::uuid[], ?::text[], ?::text[])
                    as r(delivery_id, subscriber_id, kind, reference)),
            recipient as (
                select r.delivery_id, r.subscriber_id, r.kind, r.reference, s.email, s.language, s.event_news
                from request r join subscribers s using (subscriber_id)
                where r.kind = 'SUBSCRIPTION_CONFIRMATION' or (s.status = 'ACTIVE'
                    and not exists(select 1 from suppressions x where x.email_hash = s.email_hash))),
            claimed as (
                insert into deliveries (delivery_id, subscriber_id, kind, reference, state, claimed_at)
                select delivery_id, subscriber_id, kind, reference, 'SENDING', ? from recipient
                on conflict do nothing returning delivery_id),
            taken_over as (
                update deliveries d set claimed_at = ? from recipient r
                where d.delivery_id = r.delivery_id and d.state = 'SENDING' and d.claimed_at < ?
                returning d.delivery_id)
            select r.delivery_id, r.subscriber_id, r.email, r.language, r.event_news,
                case when r.delivery_id in (select delivery_id from claimed)
                        or r.delivery_id in (select delivery_id from taken_over) then 'CLAIMED'
                    when d.state = 'SENT' then 'SENT'
                    else 'HELD' end as outcome
            from recipient r left join deliveries d using (delivery_id)""";

    private final JdbcTemplate jdbc;
    private final JdbcTemplate streaming;

    DeliveryRepository(JdbcTemplate jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(FETCH_SIZE);
    }

    /**
     * Claims, in one statement, the mails of the requests (distinct by delivery id) whose subscribers are to be mailed
     * them, at {@code at}, taking over claims made before {@code takeOverBefore}; see {@link DeliveryLog#claim}.
     *
     * @return the claim of each request whose subscriber is to be mailed, by delivery id
     */
    Map<UUID, Claim> claim(List<DeliveryRequested> requests, Instant at, Instant takeOverBefore) {
        var claims = new HashMap<UUID, Claim>();
        jdbc.query(
                connection -> {
                    var statement = connection.prepareStatement(CLAIM);
                    statement.setArray(
                            1,
                            connection.createArrayOf(
                                    "uuid",
                                    requests.stream()
                                            .map(DeliveryRequested::deliveryId)
                                            .toArray()));
                    statement.setArray(
                            2,
                            connection.createArrayOf(
                                    "uuid",
                                    requests.stream()
                                            .map(DeliveryRequested::subscriberId)
                                            .toArray()));
                    statement.setArray(
                            3,
                            connection.createArrayOf(
                                    "text",
                                    requests.stream()
                                            .map(request -> request.kind().name())
                                            .toArray()));
                    statement.setArray(
                            4,
                            connection.createArrayOf(
                                    "text",
                                    requests.stream()
                                            .map(DeliveryRequested::reference)
                                            .toArray()));
                    statement.setObject(5, at.atOffset(ZoneOffset.UTC));
                    statement.setObject(6, at.atOffset(ZoneOffset.UTC));
                    statement.setObject(7, takeOverBefore.atOffset(ZoneOffset.UTC));
                    return statement;
                },
                (RowCallbackHandler) row -> claims.put(
                        row.getObject("delivery_id", UUID.class),
                        new Claim(
                                new Recipient(
                                        row.getObject("subscriber_id", UUID.class),
                                        row.getString("email"),
                                        row.getString("language"),
                                        row.getBoolean("event_news")),
                                Outcome.valueOf(row.getString("outcome")))));
        return claims;
    }

    /** Deletes the claims made at {@code claimedAt} on these requests' mails that are not marked sent. */
    void release(Collection<DeliveryRequested> requests, Instant claimedAt) {
        jdbc.update(connection -> {
            var statement = connection.prepareStatement(
                    "delete from deliveries where delivery_id = any(?) and state = 'SENDING' and claimed_at = ?");
            statement.setArray(
                    1,
                    connection.createArrayOf(
                            "uuid",
                            requests.stream().map(DeliveryRequested::deliveryId).toArray()));
            statement.setObject(2, claimedAt.atOffset(ZoneOffset.UTC));
            return statement;
        });
    }

    /** Marks the mails sent, each at its own time, in one statement. */
    void markSent(List<Mark> marks) {
        var ids = marks.stream().map(Mark::deliveryId).toArray();
        var times = marks.stream()
                .map(mark -> mark.sentAt().atOffset(ZoneOffset.UTC))
                .toArray(OffsetDateTime[]::new);
        jdbc.update(connection -> {
            var statement = connection.prepareStatement("""
                    update deliveries d set state = 'SENT', sent_at = m.sent_at
                    from unnest(?::uuid[], ?::timestamptz[]) as m(delivery_id, sent_at)
                    where d.delivery_id = m.delivery_id""");
            statement.setArray(1, connection.createArrayOf("uuid", ids));
            statement.setArray(2, connection.createArrayOf("timestamptz", times));
            return statement;
        });
    }

    /**
     * Streams the subscriber ids a query selects (its first column) through a cursor, {@value #FETCH_SIZE} rows at a
     * time, to {@code use}; the cursor streams only inside a transaction, which the caller opens.
     */
    <T> T withSubscriberIds(String subscriberIdQuery, Object[] arguments, Function<Stream<UUID>, T> use) {
        try (var subscribers =
                streaming.queryForStream(subscriberIdQuery, (row, n) -> row.getObject(1, UUID.class), arguments)) {
            return use.apply(subscribers);
        }
    }
}
