package dk.pressline.sponsor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.pressline.sponsor.booking.Inventory;
import dk.pressline.testsupport.RealServers;
import dk.pressline.testsupport.Server;
import dk.pressline.testsupport.security.AcceptsTestTokens;
import dk.pressline.testsupport.security.TestTokens;
import dk.pressline.testsupport.web.ApiResponse;
import dk.pressline.testsupport.web.PrometheusScrape;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Advertisers book, sales decide, and no exclusive slot is ever held twice. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = SharedServiceProperties.BOOKING_METRICS_REFRESH)
@AcceptsTestTokens
@RealServers({Server.KAFKA, Server.POSTGRES})
class BookingTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    SponsorDesk desk;

    private double bookingsIn(String state) {
        return PrometheusScrape.ofLocalPort(port)
                .value("pressline_sponsor_bookings", "state=\"" + state + "\"")
                .orElseThrow();
    }

    @BeforeEach
    void desk() {
        desk = SponsorDesk.at(port, Inventory.dayOf(Instant.now()));
    }

    @Test
    void aConcurrentDoubleBookingLetsExactlyOneWin() throws Exception {
        var firstDay = desk.freeWeek();
        int attempts = 8;
        var start = new CountDownLatch(1);
        List<Callable<ApiResponse>> requests = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            var advertiser = i % 2 == 0 ? desk.asNordlys : desk.asGroenhave;
            // Overlapping flights, not identical ones: the slot is the days, whoever asks and however they are cut.
            var first = firstDay.plusDays(i % 3);
            var body = SponsorDesk.booking("NEWSLETTER_SPONSOR", first, first.plusDays(4));
            requests.add(() -> {
                start.await();
                return advertiser.post("/api/bookings", body);
            });
        }

        List<ApiResponse> responses = new ArrayList<>();
        try (var executor = Executors.newFixedThreadPool(attempts)) {
            var futures = requests.stream().map(executor::submit).toList();
            start.countDown();
            for (var future : futures) {
                responses.add(future.get());
            }
        }

        assertThat(responses).filteredOn(response -> response.status() == 201).hasSize(1);
        responses.stream()
                .filter(response -> response.status() != 201)
                .forEach(response -> assertThat(
                                response.assertProblem(409).path("detail").asString())
                        .contains("already taken"));
        long holding = jdbc.sql("""
                        select count(*) from booking where product = 'NEWSLETTER_SPONSOR'
                          and status in ('REQUESTED', 'APPROVED', 'ACTIVE') and first_day between ? and ?""")
                .params(firstDay, firstDay.plusDays(2))
                .query(Long.class)
                .single();
        assertThat(holding).isEqualTo(1);
    }

    @Test
    void theCalendarShowsTakenAndFreeDaysWithoutSayingWhoseTheyAre() {
        var week = desk.freeWeek();
        desk.book(desk.asNordlys, "NEWSLETTER_SPONSOR", week.plusDays(2), week.plusDays(3));

        var calendar = SponsorDesk.ok(desk.asGroenhave.get(
                        "/api/availability?product=NEWSLETTER_SPONSOR&from=%s&to=%s".formatted(week, week.plusDays(6))))
                .json();

        assertThat(calendar.path("exclusive").asBoolean()).isTrue();
        assertThat(calendar.path("taken").toString()).isEqualTo("""
                [{"firstDay":"%s","lastDay":"%s"}]""".formatted(week.plusDays(2), week.plusDays(3)));
        assertThat(calendar.path("free").toString())
                .isEqualTo("""
                [{"firstDay":"%s","lastDay":"%s"},{"firstDay":"%s","lastDay":"%s"}]""".formatted(week, week.plusDays(1), week.plusDays(4), week.plusDays(6)));
        assertThat(calendar.toString()).doesNotContain(desk.nordlys);
    }

    @Test
    void aBookingIsQuotedAtThePricePerDayTimesItsDays() {
        var week = desk.freeWeek();
        var quote = SponsorDesk.ok(desk.asNordlys.get(
                        "/api/quotes?product=JOB_AD&firstDay=%s&lastDay=%s".formatted(week, week.plusDays(6))))
                .json();
        assertThat(quote.path("total").asLong()).isEqualTo(7 * SponsorDesk.PRICE_PER_DAY);
        assertThat(quote.path("currency").asString()).isEqualTo("DKK");

        var booking = SponsorDesk.created(
                        desk.asNordlys.post("/api/bookings", SponsorDesk.booking("JOB_AD", week, week.plusDays(6))))
                .json();

        assertThat(booking.path("price").asLong()).isEqualTo(7 * SponsorDesk.PRICE_PER_DAY);
        assertThat(booking.path("status").asString()).isEqualTo("REQUESTED");
        assertThat(booking.path("advertiserId").asString()).isEqualTo(desk.nordlys);
        assertThat(booking.path("content").path("job").path("title").asString()).isEqualTo("Bæredygtighedschef");
    }

    @Test
    void salesApproveOneBookingAndRejectAnotherWithAReasonTheAdvertiserSees() {
        var week = desk.freeWeek();
        var approved = desk.book(desk.asNordlys, "EVENT_LISTING", week, week.plusDays(6));
        var rejected = desk.book(desk.asNordlys, "RELATED_FEED_ITEM", week, week.plusDays(6));

        desk.act(approved, "approve", null);
        desk.act(rejected, "reject", """
                {"reason": "Linket fører til en side uden indhold"}""");

        assertThat(desk.status(approved)).isEqualTo("APPROVED");
        var seen =
                SponsorDesk.ok(desk.asNordlys.get("/api/bookings/" + rejected)).json();
        assertThat(seen.path("status").asString()).isEqualTo("REJECTED");
        assertThat(seen.path("decisionReason").asString()).isEqualTo("Linket fører til en side uden indhold");
        desk.sales.post("/api/bookings/" + rejected + "/approve", null).assertProblem(409);
        desk.sales.post("/api/bookings/" + approved + "/reject", """
                {"reason": "For sent"}""").assertProblem(409);
    }

    @Test
    void countsTheBookingsInEachStateInItsMetrics() {
        var approvedBefore = bookingsIn("APPROVED");
        var requestedBefore = bookingsIn("REQUESTED");
        var week = desk.freeWeek();
        var booking = desk.book(desk.asNordlys, "EVENT_LISTING", week, week.plusDays(6));
        var otherWeek = desk.freeWeek();
        desk.book(desk.asGroenhave, "JOB_AD", otherWeek, otherWeek.plusDays(1));

        desk.act(booking, "approve", null);

        await().atMost(Duration.ofSeconds(40)).untilAsserted(() -> {
            assertThat(bookingsIn("APPROVED")).isEqualTo(approvedBefore + 1);
            assertThat(bookingsIn("REQUESTED")).isEqualTo(requestedBefore + 1);
        });
        assertThat(bookingsIn("WITHDRAWN")).as("every state has its series").isNotNegative();
    }

    @Test
    void onlySalesDecideOnBookings() {
        var week = desk.freeWeek();
        var booking = desk.book(desk.asNordlys, "SPONSORED_ARTICLE", week, week.plusDays(1));

        desk.asNordlys.post("/api/bookings/" + booking + "/approve", null).assertProblem(403);
        desk.anonymous
                .withToken(TestTokens.editor().encode())
                .get("/api/bookings/" + booking)
                .assertProblem(403);

        assertThat(desk.status(booking)).isEqualTo("REQUESTED");
    }

    @Test
    void aRejectedOrCancelledBookingFreesItsExclusiveSlot() {
        var week = desk.freeWeek();
        var rejected = desk.book(desk.asNordlys, "NEWSLETTER_SPONSOR", week, week.plusDays(2));
        desk.asGroenhave
                .post("/api/bookings", SponsorDesk.booking("NEWSLETTER_SPONSOR", week, week))
                .assertProblem(409);

        desk.act(rejected, "reject", """
                {"reason": "Mangler logo"}""");
        var cancelled = desk.book(desk.asGroenhave, "NEWSLETTER_SPONSOR", week, week);
        SponsorDesk.ok(desk.asGroenhave.post("/api/bookings/" + cancelled + "/cancel", null));

        var third = desk.book(desk.asNordlys, "NEWSLETTER_SPONSOR", week, week.plusDays(2));
        assertThat(desk.status(third)).isEqualTo("REQUESTED");
        assertThat(desk.status(cancelled)).isEqualTo("CANCELLED");
    }

    @Test
    void aFlightStartingBeyondTheHorizonIsRefusedNamingTheField() {
        var lastStart = desk.today().plusDays(365);

        var beyond = desk.asNordlys
                .post(
                        "/api/bookings",
                        SponsorDesk.booking("NEWSLETTER_SPONSOR", lastStart.plusDays(1), lastStart.plusDays(1)))
                .assertProblem(400);

        assertThat(beyond.path("errors").get(0).path("field").asString()).isEqualTo("firstDay");
        assertThat(beyond.path("errors").get(0).path("reason").asString()).contains("365 days ahead");
        var atTheHorizon = desk.book(desk.asNordlys, "JOB_AD", lastStart, lastStart);
        assertThat(desk.status(atTheHorizon)).isEqualTo("REQUESTED");
    }

    @Test
    void anAdvertiserWithTenRequestsWaitingForSalesIsRefusedAnotherUntilSalesDecideOnOne() {
        var week = desk.freeWeek();
        var waiting = new ArrayList<String>();
        for (int i = 0; i < 10; i++) {
            waiting.add(desk.book(desk.asNordlys, "RELATED_FEED_ITEM", week, week.plusDays(i % 7)));
        }

        var eleventh = desk.asNordlys
                .post("/api/bookings", SponsorDesk.booking("RELATED_FEED_ITEM", week, week))
                .assertProblem(409);

        assertThat(eleventh.path("detail").asString()).contains("10 requests waiting for sales");
        assertThat(desk.status(desk.book(desk.asGroenhave, "RELATED_FEED_ITEM", week, week)))
                .isEqualTo("REQUESTED");
        desk.act(waiting.getFirst(), "approve", null);
        assertThat(desk.status(desk.book(desk.asNordlys, "RELATED_FEED_ITEM", week, week)))
                .isEqualTo("REQUESTED");
        desk.asNordlys
                .post("/api/bookings", SponsorDesk.booking("RELATED_FEED_ITEM", week, week))
                .assertProblem(409);
    }

    @Test
    void anAdvertiserCannotSeeOrTouchAnotherAdvertisersBookingsOrReport() {
        var week = desk.freeWeek();
        var nordlysBooking = desk.book(desk.asNordlys, "JOB_AD", week, week.plusDays(6));
        var groenhaveBooking = desk.book(desk.asGroenhave, "JOB_AD", week, week.plusDays(6));

        desk.asGroenhave.get("/api/bookings/" + nordlysBooking).assertProblem(404);
        desk.asGroenhave
                .post("/api/bookings/" + nordlysBooking + "/cancel", null)
                .assertProblem(404);
        desk.asGroenhave.get("/api/advertisers/" + desk.nordlys).assertProblem(404);
        desk.asGroenhave.get("/api/advertisers/" + desk.nordlys + "/report").assertProblem(404);
        desk.asGroenhave.get("/api/advertisers/" + desk.nordlys + "/report.csv").assertProblem(404);
        desk.asGroenhave
                .post("/api/bookings", """
                {"advertiserId": "%s", %s""".formatted(
                        desk.nordlys, SponsorDesk.booking("JOB_AD", week, week).substring(1)))
                .assertProblem(404);

        var listed = SponsorDesk.ok(desk.asGroenhave.get("/api/bookings?advertiserId=" + desk.nordlys))
                .json();
        assertThat(listed.path("items")
                        .valueStream()
                        .map(item -> item.path("id").asString()))
                .contains(groenhaveBooking)
                .doesNotContain(nordlysBooking);
        assertThat(listed.path("items")
                        .valueStream()
                        .map(item -> item.path("advertiserId").asString()))
                .containsOnly(desk.groenhave);
        assertThat(desk.status(nordlysBooking)).isEqualTo("REQUESTED");
        SponsorDesk.ok(desk.asGroenhave.get("/api/advertisers/" + desk.groenhave + "/report"));
    }

    @Test
    void refusesInvalidBookingsFieldByFieldAndStoresNothing() {
        long before = jdbc.sql("select count(*) from booking").query(Long.class).single();
        var week = desk.freeWeek();

        var missing =
                desk.asNordlys.post("/api/bookings", """
                {"product": "RELATED_FEED_ITEM", "firstDay": "%s", "lastDay": "%s",
                 "content": {"themes": ["groen-omstilling"],
                             "creative": {"title": "<script>alert(1)</script>", "linkUrl": "javascript:alert(1)"}}}""".formatted(week, week)).assertProblem(400);
        assertThat(missing.path("errors")
                        .valueStream()
                        .map(error -> error.path("field").asString()))
                .contains("content.creative.title", "content.creative.linkUrl");

        var noEvent = desk.asNordlys
                .post(
                        "/api/bookings",
                        SponsorDesk.booking("RELATED_FEED_ITEM", week, week)
                                .replace("\"RELATED_FEED_ITEM\"", "\"EVENT_LISTING\""))
                .assertProblem(400);
        assertThat(noEvent.path("errors").get(0).path("field").asString()).isEqualTo("event");

        var backwards = desk.asNordlys
                .post("/api/bookings", SponsorDesk.booking("JOB_AD", week, week.minusDays(1)))
                .assertProblem(400);
        assertThat(backwards.path("errors").get(0).path("field").asString()).isEqualTo("lastDay");

        var past = desk.asNordlys
                .post("/api/bookings", SponsorDesk.booking("JOB_AD", week.minusYears(1), week.minusYears(1)))
                .assertProblem(400);
        assertThat(past.path("errors").get(0).path("field").asString()).isEqualTo("firstDay");

        var unknownProduct = desk.asNordlys
                .sendingUndocumentedRequests()
                .post("/api/bookings", SponsorDesk.booking("BILLBOARD", week, week))
                .assertProblem(400);
        assertThat(unknownProduct.path("errors").get(0).path("field").asString())
                .isEqualTo("product");

        var calendarBackwards = desk.asNordlys
                .get("/api/availability?product=NEWSLETTER_SPONSOR&from=%s&to=%s".formatted(week, week.minusDays(1)))
                .assertProblem(400);
        assertThat(calendarBackwards.path("errors").get(0).path("field").asString())
                .isEqualTo("to");

        assertThat(jdbc.sql("select count(*) from booking").query(Long.class).single())
                .isEqualTo(before);
    }

    @Test
    void theAdvertiserChangesARequestedBookingOnlyWithItsCurrentETag() {
        var week = desk.freeWeek();
        var id = desk.book(desk.asNordlys, "JOB_AD", week, week.plusDays(2));
        var booking = SponsorDesk.booking("JOB_AD", week, week).replace("Bæredygtighedschef", "ESG-analytiker");
        var content = booking.substring(booking.indexOf("{\"themes\""), booking.length() - 1);

        desk.asNordlys.put("/api/bookings/" + id + "/content", content).assertProblem(428);
        var changed = SponsorDesk.ok(
                desk.asNordlys.withHeader("If-Match", "\"1\"").put("/api/bookings/" + id + "/content", content));
        desk.asNordlys
                .withHeader("If-Match", "\"1\"")
                .put("/api/bookings/" + id + "/content", content)
                .assertProblem(412);

        assertThat(changed.header("ETag")).hasValue("\"2\"");
        assertThat(SponsorDesk.ok(desk.asNordlys.get("/api/bookings/" + id))
                        .json()
                        .path("content")
                        .path("job")
                        .path("title")
                        .asString())
                .isEqualTo("ESG-analytiker");
    }

    @Test
    void salesKeepAdvertisersAndPricesAndAdvertisersOnlyReadThem() {
        var advertiser = SponsorDesk.ok(desk.asNordlys.get("/api/advertisers/" + desk.nordlys))
                .json();
        assertThat(advertiser.path("name").asString()).isEqualTo("Nordlys Energi");
        assertThat(advertiser.path("invoicing").path("cvr").asString()).isEqualTo("12345678");

        desk.asNordlys.get("/api/advertisers").assertProblem(403);
        desk.asNordlys
                .post("/api/advertisers", SponsorDesk.advertiser("ad-mig-selv", "Mig Selv"))
                .assertProblem(403);
        desk.asNordlys.post("/api/prices", """
                {"product": "JOB_AD", "validFrom": "2030-01-01", "pricePerDay": 1}""").assertProblem(403);
        SponsorDesk.ok(desk.asNordlys.get("/api/prices?product=JOB_AD"));

        desk.sales
                .post("/api/advertisers", SponsorDesk.advertiser(desk.nordlys, "Igen"))
                .assertProblem(409);
        desk.sales.post("/api/prices", """
                {"product": "JOB_AD", "validFrom": "2030-01-01", "pricePerDay": 1}""").assertProblem(409);
        var renamed = desk.sales
                .withHeader("If-Match", "\"1\"")
                .put("/api/advertisers/" + desk.nordlys, SponsorDesk.advertiser(desk.nordlys, "Nordlys Energi A/S"));
        assertThat(SponsorDesk.ok(renamed).json().path("name").asString()).isEqualTo("Nordlys Energi A/S");
        desk.sales
                .withHeader("If-Match", "\"1\"")
                .put("/api/advertisers/" + desk.nordlys, SponsorDesk.advertiser(desk.nordlys, "For sent"))
                .assertProblem(412);
    }
}
