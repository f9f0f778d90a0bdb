package dk.pressline.search.content;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import dk.pressline.search.indexing.ContentType;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;

/** Query parts every reader-facing read shares. */
public final class ContentQueries {

    private ContentQueries() {}

    /**
     * The moment reads are made at: the clock's time to the whole minute. Flights start and end on whole minutes (in
     * practice whole days), and queries that stay the same for a minute let Elasticsearch cache their filters.
     */
    public static Instant readingTime(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MINUTES);
    }

    /**
     * What a reader may see at {@code now}: every published article, and placements only within their booked flight,
     * so an expired booking never shows even before its withdrawal has been indexed.
     */
    public static Query visibleAt(Instant now) {
        return Query.of(q -> q.bool(visible -> visible.should(
                        s -> s.term(t -> t.field("type").value(ContentType.ARTICLE.value())))
                .should(s -> s.bool(placement -> placement
                        .filter(f ->
                                f.range(r -> r.date(d -> d.field("flightStart").lte(now.toString()))))
                        .filter(f ->
                                f.range(r -> r.date(d -> d.field("flightEnd").gt(now.toString()))))))
                .minimumShouldMatch("1")));
    }

    public static Query termIn(String field, Collection<String> values) {
        return Query.of(q -> q.terms(t -> t.field(field)
                .terms(terms -> terms.value(values.stream().map(FieldValue::of).toList()))));
    }

    public static Query term(String field, String value) {
        return Query.of(q -> q.term(t -> t.field(field).value(value)));
    }
}
