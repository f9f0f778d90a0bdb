package dk.pressline.search.listings;

import static org.assertj.core.api.Assertions.assertThat;

import dk.pressline.events.PresslineEvent;
import dk.pressline.events.placement.Product;
import dk.pressline.search.Content;
import dk.pressline.search.ReaderApiTestBase;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The calendar of upcoming events and the current job ads, as readers list them. */
class ListingsTests extends ReaderApiTestBase {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Copenhagen"));

    final Content.PlacementBuilder odense = Content.placement(Product.EVENT_LISTING, "Kursus i klimaregnskab")
            .event(TODAY.plusDays(3), LocalTime.of(10, 0), "Odense Congress Center");
    final Content.PlacementBuilder aarhusLater = Content.placement(Product.EVENT_LISTING, "ESG-konference")
            .event(TODAY.plusDays(10), LocalTime.of(9, 0), "Aarhus Rådhus");
    final Content.PlacementBuilder aarhusSooner = Content.placement(Product.EVENT_LISTING, "Morgenmøde om CSRD")
            .event(TODAY.plusDays(5), LocalTime.of(8, 0), "Aarhus Universitet");
    final Content.PlacementBuilder past = Content.placement(Product.EVENT_LISTING, "Gårsdagens seminar")
            .event(TODAY.minusDays(1), LocalTime.of(13, 0), "Vejle");
    final Content.PlacementBuilder unpaid = Content.placement(Product.EVENT_LISTING, "Booking udløbet")
            .event(TODAY.plusDays(4), null, "Aarhus")
            .flight(Instant.now().minus(Duration.ofDays(5)), Instant.now().minus(Duration.ofMinutes(1)));
    final Content.PlacementBuilder openJob =
            Content.placement(Product.JOB_AD, "Bæredygtighedschef").job("København", TODAY.plusDays(14));
    final Content.PlacementBuilder untilFilled =
            Content.placement(Product.JOB_AD, "ESG-analytiker").job("Aarhus", null);
    final Content.PlacementBuilder closedJob =
            Content.placement(Product.JOB_AD, "Miljøkoordinator").job("Kolding", TODAY.minusDays(1));

    @Override
    protected List<PresslineEvent> corpus() {
        return List.of(odense, aarhusLater, aarhusSooner, past, unpaid, openJob, untilFilled, closedJob).stream()
                .map(placement -> (PresslineEvent) placement.activated())
                .toList();
    }

    @Test
    void listsOnlyUpcomingEventsWithActiveBookingsSoonestFirst() {
        assertThat(titles("/api/events"))
                .containsExactly("Kursus i klimaregnskab", "Morgenmøde om CSRD", "ESG-konference");
    }

    @Test
    void filtersEventsByPlaceAndDates() {
        assertThat(titles("/api/events?place=aarhus")).containsExactly("Morgenmøde om CSRD", "ESG-konference");
        assertThat(titles("/api/events?from=" + TODAY.plusDays(4) + "&to=" + TODAY.plusDays(6)))
                .containsExactly("Morgenmøde om CSRD");
    }

    @Test
    void showsAnEventsOrganiserDateTimeAndPlaceWithItsSponsorLabel() {
        var event = api().get("/api/events?size=1").json().get("items").get(0);

        var listing = event.get("fields").get("event");
        assertThat(listing.get("organiser").asString()).isEqualTo("Nordlys Energi A/S");
        assertThat(listing.get("date").asString()).isEqualTo(TODAY.plusDays(3).toString());
        assertThat(listing.get("startTime").asString()).isEqualTo("10:00");
        assertThat(listing.get("place").asString()).isEqualTo("Odense Congress Center");
        assertThat(event.get("sponsored").get("label").asString()).isEqualTo("Sponseret");
    }

    @Test
    void listsJobsWhoseDeadlineHasNotPassed() {
        assertThat(titles("/api/jobs")).containsExactlyInAnyOrder("Bæredygtighedschef", "ESG-analytiker");
        assertThat(titles("/api/jobs?location=aarhus")).containsExactly("ESG-analytiker");
    }

    @Test
    void refusesDateRangesThatEndBeforeTheyStartAndPagesOutOfBounds() {
        var problem = api().get("/api/events?from=2026-12-10&to=2026-12-01").assertProblem(400);
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("to");
        api().sendingUndocumentedRequests().get("/api/events?from=tomorrow").assertProblem(400);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            /api/jobs?size=1000                  | size | must be a whole number from 1 to 100
            /api/jobs?size=abc                   | size | must be a whole number from 1 to 100
            /api/events?page=2147483647&size=100 | page | must be a whole number from 0 to 99 (
            /api/events?page=abc                 | page | must be a whole number from 0 to 499 (
            /api/jobs?page=2147483648            | page | must be a whole number from 0 to 499 (
            /api/jobs?page=-1                    | page | must be a whole number from 0 to 499 (
            """)
    void refusesPagesAndSizesOutOfRangeOrNotNumbersNamingTheRangeAllowed(String path, String field, String reason) {
        assertRefused(path, field, reason);
    }

    @Test
    void pagesUpToTheLastPageWithinTheResultWindow() {
        assertThat(titles("/api/jobs?page=499")).isEmpty();
    }

    private List<String> titles(String path) {
        var response = api().get(path);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        var titles = new ArrayList<String>();
        response.json()
                .get("items")
                .forEach(item -> titles.add(item.get("fields").get("headline").asString()));
        return titles;
    }
}
