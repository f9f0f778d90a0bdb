package dk.pressline.sponsor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.pressline.events.Topics;
import dk.pressline.events.cloudevents.EventEnvelopes;
import dk.pressline.events.placement.PlacementActivated;
import dk.pressline.events.placement.PlacementEvent;
import dk.pressline.events.placement.PlacementSnapshot;
import dk.pressline.events.placement.PlacementUpdated;
import dk.pressline.events.placement.PlacementWithdrawn;
import dk.pressline.events.placement.Product;
import dk.pressline.platform.kafka.TopicNames;
import dk.pressline.sponsor.booking.Bookings;
import dk.pressline.sponsor.booking.Inventory;
import dk.pressline.testsupport.RealServers;
import dk.pressline.testsupport.Server;
import dk.pressline.testsupport.kafka.KafkaProbe;
import dk.pressline.testsupport.security.AcceptsTestTokens;
import dk.pressline.testsupport.time.MutableClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.bean.override.convention.TestBean;

/**
 * Flights start and end on time, with a clock the test moves: each booking is activated and expired exactly once,
 * while several checks race for it next to the service's own, and every change readers see goes out as a placement
 * event carrying the disclosure label and the advertiser's name.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AcceptsTestTokens
@RealServers({Server.KAFKA, Server.POSTGRES})
class BookingScheduleTests {

    static final MutableClock salesClock = new MutableClock(Instant.parse("2027-03-01T08:00:00Z"));

    @TestBean(name = "clock")
    Clock clock;

    static Clock clock() {
        return salesClock;
    }

    @LocalServerPort
    int port;

    @Autowired
    Bookings bookings;

    @Autowired
    TopicNames topicNames;

    SponsorDesk desk;

    @BeforeEach
    void desk() {
        desk = SponsorDesk.at(port, today());
    }

    @Test
    void activatesAndExpiresABookingExactlyOnceWhileInstancesRace() throws Exception {
        var week = desk.freeWeek();
        var id = desk.book(desk.asNordlys, "NEWSLETTER_SPONSOR", week, week.plusDays(1));
        desk.act(id, "approve", null);

        race(() -> bookings.activateDue());
        assertThat(desk.status(id)).isEqualTo("APPROVED");

        salesClock.set(Inventory.startOf(week).plusSeconds(1));
        race(() -> bookings.activateDue());
        assertThat(desk.status(id)).isEqualTo("ACTIVE");
        assertThat(revision(id))
                .as("requested, approved, activated: one save each")
                .isEqualTo(3);

        salesClock.set(Inventory.startOf(week.plusDays(2)));
        race(() -> bookings.expireDue());
        assertThat(desk.status(id)).isEqualTo("EXPIRED");
        assertThat(revision(id)).isEqualTo(4);

        var events = placementEventsOf(id, 2);
        assertThat(events).hasSize(2);
        var activated = (PlacementActivated) events.get(0);
        var withdrawn = (PlacementWithdrawn) events.get(1);
        assertLabelled(activated.placement(), "Nordlys Energi");
        assertThat(activated.placement().product()).isEqualTo(Product.NEWSLETTER_SPONSOR);
        assertThat(activated.placement().revision()).isEqualTo(3);
        assertThat(activated.placement().flightStart()).isEqualTo(Inventory.startOf(week));
        assertThat(activated.placement().flightEnd()).isEqualTo(Inventory.startOf(week.plusDays(2)));
        assertThat(activated.placement().creative().linkUrl())
                .isEqualTo("https://nordlys.example.dk/kampagne?utm=pressline");
        assertThat(activated.placement().creative().logoUrl())
                .as("the advertiser's logo, as the booking has none")
                .isEqualTo("https://cdn.example.dk/" + desk.nordlys + ".png");
        assertLabelled(withdrawn.placement(), "Nordlys Energi");
        assertThat(withdrawn.placement().revision()).isEqualTo(4);
        assertThat(withdrawn.reason()).isEqualTo("The flight has ended");
    }

    @Test
    void theServiceItselfActivatesAndExpiresBookingsWhenTheirFlightStartsAndEnds() {
        var week = desk.freeWeek();
        var id = desk.book(desk.asGroenhave, "EVENT_LISTING", week, week);
        desk.act(id, "approve", null);

        salesClock.set(Inventory.startOf(week).plusSeconds(1));
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(desk.status(id)).isEqualTo("ACTIVE"));

        salesClock.set(Inventory.startOf(week.plusDays(1)));
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(desk.status(id)).isEqualTo("EXPIRED"));

        var events = placementEventsOf(id, 2);
        assertThat(events)
                .extracting(event -> event.getClass().getSimpleName())
                .containsExactly("PlacementActivated", "PlacementWithdrawn");
        assertThat(events.getFirst().placement().event().title()).isEqualTo("Klimatopmøde");
        assertLabelled(events.getFirst().placement(), "Grønhave Byg");
    }

    @Test
    void theAdvertiserCancelsBeforeTheStartAndSalesWithdrawWhatIsLive() {
        var week = desk.freeWeek();
        var cancelled = desk.book(desk.asNordlys, "RELATED_FEED_ITEM", week, week.plusDays(6));
        var live = desk.book(desk.asNordlys, "SPONSORED_ARTICLE", week, week.plusDays(6));
        desk.act(cancelled, "approve", null);
        desk.act(live, "approve", null);

        SponsorDesk.ok(desk.asNordlys.post("/api/bookings/" + cancelled + "/cancel", null));

        salesClock.set(Inventory.startOf(week).plusSeconds(1));
        bookings.activateDue();
        assertThat(desk.status(cancelled)).isEqualTo("CANCELLED");
        assertThat(desk.status(live)).isEqualTo("ACTIVE");
        desk.asNordlys.post("/api/bookings/" + live + "/cancel", null).assertProblem(409);

        desk.act(live, "withdraw", """
                {"reason": "Annoncen lover mere end produktet kan"}""");

        assertThat(desk.status(live)).isEqualTo("WITHDRAWN");
        var events = placementEventsOf(live, 2);
        assertThat(((PlacementWithdrawn) events.get(1)).reason()).isEqualTo("Annoncen lover mere end produktet kan");
        assertThat(placementEventsOf(cancelled, 0))
                .as("readers never saw the cancelled booking")
                .isEmpty();
    }

    @Test
    void aLivePlacementFollowsChangesToItsContentAndToTheAdvertisersName() {
        var today = today();
        var id = desk.book(desk.asGroenhave, "RELATED_FEED_ITEM", today, today.plusDays(6));
        assertThat(desk.act(id, "approve", null).json().path("status").asString())
                .as("a flight already started goes live on approval")
                .isEqualTo("ACTIVE");

        var changed = SponsorDesk.booking("RELATED_FEED_ITEM", today, today)
                .replace("Vind med vedvarende energi", "Sol på taget");
        var content = changed.substring(changed.indexOf("{\"themes\""), changed.length() - 1);
        desk.asGroenhave
                .withHeader("If-Match", "\"3\"")
                .put("/api/bookings/" + id + "/content", content)
                .assertProblem(409);
        SponsorDesk.ok(desk.sales.withHeader("If-Match", "\"3\"").put("/api/bookings/" + id + "/content", content));
        SponsorDesk.ok(desk.sales
                .withHeader("If-Match", "\"1\"")
                .put("/api/advertisers/" + desk.groenhave, SponsorDesk.advertiser(desk.groenhave, "Grønhave Byg ApS")));

        var events = placementEventsOf(id, 3);
        assertThat(events)
                .extracting(event -> event.getClass().getSimpleName())
                .containsExactly("PlacementActivated", "PlacementUpdated", "PlacementUpdated");
        var contentUpdate = (PlacementUpdated) events.get(1);
        assertThat(contentUpdate.placement().creative().title()).isEqualTo("Sol på taget");
        assertLabelled(contentUpdate.placement(), "Grønhave Byg");
        var renamed = (PlacementUpdated) events.get(2);
        assertLabelled(renamed.placement(), "Grønhave Byg ApS");
        assertThat(renamed.placement().revision())
                .isGreaterThan(contentUpdate.placement().revision());
    }

    @Test
    void anUnapprovedRequestHoldsItsExclusiveSlotForThreeDaysAndThenAnotherAdvertiserCanBookIt() {
        var week = desk.freeWeek();
        var requested = SponsorDesk.created(desk.asNordlys.post(
                        "/api/bookings", SponsorDesk.booking("NEWSLETTER_SPONSOR", week, week.plusDays(2))))
                .json();
        var holdUntil = Instant.parse(requested.path("holdUntil").asString());
        assertThat(holdUntil).isEqualTo(salesClock.instant().plus(Duration.ofDays(3)));

        salesClock.set(holdUntil.minusSeconds(1));
        desk.asGroenhave
                .post("/api/bookings", SponsorDesk.booking("NEWSLETTER_SPONSOR", week.plusDays(1), week.plusDays(1)))
                .assertProblem(409);

        salesClock.set(holdUntil);
        var lapsed = requested.path("id").asString();
        assertThat(desk.status(lapsed)).isEqualTo("HOLD_EXPIRED");
        var taken = desk.book(desk.asGroenhave, "NEWSLETTER_SPONSOR", week.plusDays(1), week.plusDays(1));
        assertThat(desk.status(taken)).isEqualTo("REQUESTED");
        assertThat(desk.status(lapsed)).isEqualTo("HOLD_EXPIRED");
        desk.sales.post("/api/bookings/" + lapsed + "/approve", null).assertProblem(409);
        var listed = SponsorDesk.ok(desk.sales.get("/api/bookings?status=HOLD_EXPIRED&advertiserId=" + desk.nordlys))
                .json();
        assertThat(listed.path("items")
                        .valueStream()
                        .map(item -> item.path("id").asString()))
                .containsExactly(lapsed);
    }

    private static void assertLabelled(PlacementSnapshot placement, String advertiserName) {
        assertThat(placement.label()).isEqualTo("Sponseret");
        assertThat(placement.advertiserName()).isEqualTo(advertiserName);
    }

    /**
     * The placement events of a booking on the topic, in order, once {@code expected} have arrived and a later
     * event (of a booking made for the purpose) shows that the outbox has sent everything appended before it.
     */
    private List<PlacementEvent> placementEventsOf(String bookingId, int expected) {
        var marker = desk.book(desk.asNordlys, "JOB_AD", today(), today());
        desk.act(marker, "approve", null);
        try (var probe = KafkaProbe.reading(topicNames.of(Topics.PLACEMENTS))) {
            probe.awaitRecords(record -> marker.equals(record.key()), 1, Duration.ofSeconds(30));
            return probe
                    .awaitRecords(record -> bookingId.equals(record.key()), expected, Duration.ofSeconds(30))
                    .stream()
                    .map(record -> (PlacementEvent) EventEnvelopes.fromConsumerRecord(record))
                    .toList();
        }
    }

    private long revision(String id) {
        return SponsorDesk.ok(desk.sales.get("/api/bookings/" + id))
                .json()
                .path("revision")
                .asLong();
    }

    private static LocalDate today() {
        return Inventory.dayOf(salesClock.instant());
    }

    private static void race(Callable<Integer> instance) throws Exception {
        try (var executor = Executors.newFixedThreadPool(3)) {
            List<Callable<Integer>> instances = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                instances.add(instance);
            }
            for (var result : executor.invokeAll(instances)) {
                result.get();
            }
        }
    }
}
