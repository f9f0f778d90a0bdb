package dk.pressline.search.listings;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Hit;
import dk.pressline.platform.web.PageOf;
import dk.pressline.platform.web.PageQuery;
import dk.pressline.search.content.ContentFields;
import dk.pressline.search.content.ContentItem;
import dk.pressline.search.content.ContentItems;
import dk.pressline.search.content.ContentQueries;
import dk.pressline.search.indexing.ContentIndex;
import dk.pressline.search.indexing.ContentType;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The calendar of upcoming events and the current job ads, from the content index. */
@Component
class Listings {

    static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

    private final ElasticsearchClient elasticsearch;
    private final ContentItems items;
    private final ContentIndex index;
    private final Clock clock;

    Listings(ElasticsearchClient elasticsearch, ContentItems items, ContentIndex index, Clock clock) {
        this.elasticsearch = elasticsearch;
        this.items = items;
        this.index = index;
        this.clock = clock;
    }

    /** Events from today on (Danish time), soonest first; {@code from} and {@code to} narrow the dates. */
    PageOf<ContentItem> upcomingEvents(String place, LocalDate from, LocalDate to, PageQuery page) throws IOException {
        var today = LocalDate.now(clock.withZone(DANISH_TIME));
        var start = from == null || from.isBefore(today) ? today : from;
        var filters = new ArrayList<Query>();
        filters.add(ContentQueries.term("type", ContentType.EVENT.value()));
        filters.add(ContentQueries.visibleAt(ContentQueries.readingTime(clock)));
        filters.add(Query.of(q -> q.range(r -> r.date(date -> {
            date.field("event.date").gte(start.toString());
            if (to != null) {
                date.lte(to.toString());
            }
            return date;
        }))));
        if (place != null && !place.isBlank()) {
            filters.add(Query.of(
                    q -> q.match(m -> m.field("event.place").query(place).operator(Operator.And))));
        }
        return page(filters, page, List.of("event.date", "event.startTime"), SortOrder.Asc);
    }

    /** Job ads whose deadline has not passed, newest first. */
    PageOf<ContentItem> currentJobs(String location, PageQuery page) throws IOException {
        var today = LocalDate.now(clock.withZone(DANISH_TIME));
        var filters = new ArrayList<Query>();
        filters.add(ContentQueries.term("type", ContentType.JOB.value()));
        filters.add(ContentQueries.visibleAt(ContentQueries.readingTime(clock)));
        filters.add(Query.of(q -> q.bool(open -> open.should(s ->
                        s.range(r -> r.date(date -> date.field("job.deadline").gte(today.toString()))))
                .should(s -> s.bool(none -> none.mustNot(m -> m.exists(e -> e.field("job.deadline")))))
                .minimumShouldMatch("1"))));
        if (location != null && !location.isBlank()) {
            filters.add(Query.of(
                    q -> q.match(m -> m.field("job.location").query(location).operator(Operator.And))));
        }
        return page(filters, page, List.of("publishedAt"), SortOrder.Desc);
    }

    private PageOf<ContentItem> page(List<Query> filters, PageQuery page, List<String> sortFields, SortOrder order)
            throws IOException {
        var response = elasticsearch.search(
                search -> {
                    search.index(index.alias())
                            .from((int) page.offset())
                            .size(page.size())
                            .trackTotalHits(total -> total.enabled(true))
                            .query(q -> q.bool(b -> b.filter(filters)))
                            .source(source ->
                                    source.filter(f -> f.includes(ContentFields.sourceFields(ContentFields.DEFAULT))));
                    sortFields.forEach(field -> search.sort(sort -> sort.field(
                            f -> f.field(field).order(order).missing(order == SortOrder.Asc ? "_first" : "_last"))));
                    return search;
                },
                Map.class);
        var listed = new ArrayList<ContentItem>();
        for (Hit<Map> hit : response.hits().hits()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> document = hit.source();
            listed.add(items.toItem(document, ContentFields.DEFAULT, null));
        }
        var total =
                response.hits().total() == null ? 0 : response.hits().total().value();
        return PageOf.of(listed, page, total);
    }
}
