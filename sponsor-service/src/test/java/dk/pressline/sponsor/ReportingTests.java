package dk.pressline.sponsor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.pressline.events.Topics;
import dk.pressline.events.interaction.Channel;
import dk.pressline.events.interaction.PlacementClickRecorded;
import dk.pressline.events.interaction.PlacementImpressionRecorded;
import dk.pressline.events.interaction.PlacementInteraction;
import dk.pressline.platform.kafka.KafkaEventSender;
import dk.pressline.platform.kafka.TopicNames;
import dk.pressline.sponsor.booking.Inventory;
import dk.pressline.testsupport.RealServers;
import dk.pressline.testsupport.Server;
import dk.pressline.testsupport.TestServers;
import dk.pressline.testsupport.security.AcceptsTestTokens;
import dk.pressline.testsupport.web.ApiClient;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Advertisers' reports count exactly the impressions and clicks search-service and notification-service put on the
 * interactions topic, each event once however often it arrives, and the click redirect's own clicks with them: once
 * per reader and window, none of robots, none once the placement is gone.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = SharedServiceProperties.BOOKING_METRICS_REFRESH)
@AcceptsTestTokens
@RealServers({Server.KAFKA, Server.POSTGRES})
class ReportingTests {

    static final String BROWSER = "Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0";
    static final String GOOGLEBOT = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)";

    @LocalServerPort
    int port;

    @Autowired
    KafkaEventSender events;

    @Autowired
    TopicNames topicNames;

    @Autowired
    JdbcClient jdbc;

    SponsorDesk desk;
    LocalDate today;

    @BeforeEach
    void desk() {
        today = Inventory.dayOf(Instant.now());
        desk = SponsorDesk.at(port, today);
    }

    @Test
    void reportNumbersEqualTheInteractionsProducedCountingARedeliveredEventOnce() {
        var feedItem = liveBooking(desk.asNordlys, "RELATED_FEED_ITEM");
        var jobAd = liveBooking(desk.asNordlys, "JOB_AD");
        var othersBooking = liveBooking(desk.asGroenhave, "RELATED_FEED_ITEM");
        var firstDay = Inventory.startOf(today).plus(Duration.ofHours(9));
        var secondDay = Inventory.startOf(today.plusDays(1)).plus(Duration.ofHours(21));
        var interactions = new ArrayList<PlacementInteraction>();
        interactions.addAll(impressions(feedItem, firstDay, 5, Channel.RELATED_FEED));
        interactions.addAll(clicks(feedItem, firstDay, 2, Channel.RELATED_FEED));
        interactions.addAll(impressions(feedItem, secondDay, 3, Channel.NEWSLETTER));
        interactions.addAll(clicks(feedItem, secondDay, 1, Channel.NEWSLETTER));
        interactions.addAll(impressions(jobAd, firstDay, 4, Channel.JOB_LISTING));
        interactions.addAll(impressions(othersBooking, firstDay, 6, Channel.RELATED_FEED));

        interactions.forEach(events::send);
        sendNotAnEvent(feedItem);
        // A redelivery: the same events again, as after a consumer restart before its offsets were committed.
        interactions.subList(0, 3).forEach(events::send);

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(
                        () -> assertThat(report(desk.nordlys, "").path("totals").toString())
                                .isEqualTo("{\"impressions\":12,\"clicks\":3,\"ctr\":0.25}"));
        var report = report(desk.nordlys, "");
        var feedItemReport = bookingIn(report, feedItem);
        assertThat(feedItemReport.path("totals").toString())
                .isEqualTo("{\"impressions\":8,\"clicks\":3,\"ctr\":0.375}");
        assertThat(feedItemReport.path("days").toString()).isEqualTo("""
                [{"day":"%s","figures":{"impressions":5,"clicks":2,"ctr":0.4}},\
                {"day":"%s","figures":{"impressions":3,"clicks":1,"ctr":0.3333333333333333}}]""".formatted(today, today.plusDays(1)));
        assertThat(bookingIn(report, jobAd).path("totals").toString())
                .isEqualTo("{\"impressions\":4,\"clicks\":0,\"ctr\":0.0}");
        assertThat(report.toString()).doesNotContain(othersBooking);
        assertThat(report(desk.groenhave, "").path("totals").path("impressions").asLong())
                .isEqualTo(6);

        var secondDayOnly = report(desk.nordlys, "?from=" + today.plusDays(1) + "&to=" + today.plusDays(1));
        assertThat(secondDayOnly.path("totals").toString())
                .isEqualTo("{\"impressions\":3,\"clicks\":1,\"ctr\":0.3333333333333333}");

        var csv = SponsorDesk.ok(desk.asNordlys.get("/api/advertisers/" + desk.nordlys + "/report.csv"));
        assertThat(csv.header("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
        assertThat(csv.body().lines().toList())
                .contains(
                        "bookingId,product,title,day,impressions,clicks,ctr",
                        feedItem + ",RELATED_FEED_ITEM,Vind med vedvarende energi," + today + ",5,2,0.4000",
                        feedItem + ",RELATED_FEED_ITEM,Vind med vedvarende energi," + today.plusDays(1) + ",3,1,0.3333",
                        jobAd + ",JOB_AD,Vind med vedvarende energi," + today + ",4,0,0.0000");
        assertThat(csv.body()).doesNotContain(othersBooking);
    }

    @Test
    void aReadersRepeatedImpressionsCountOnceWithinTheWindowEvenWhenRedelivered() {
        var booking = UUID.fromString(liveBooking(desk.asGroenhave, "RELATED_FEED_ITEM"));
        var at = Inventory.startOf(today).plus(Duration.ofHours(10));
        List<PlacementInteraction> impressions = List.of(
                impression(booking, at, "reader-a"),
                impression(booking, at.plusSeconds(60), "reader-a"),
                impression(booking, at.plus(Duration.ofMinutes(31)), "reader-a"),
                impression(booking, at.plusSeconds(5), "reader-b"),
                new PlacementImpressionRecorded(UUID.randomUUID(), at, booking, Channel.RELATED_FEED, 3));

        impressions.forEach(events::send);
        impressions.forEach(events::send);

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(bookingIn(report(desk.groenhave, ""), booking.toString())
                                .path("totals")
                                .path("impressions")
                                .asLong())
                        .isEqualTo(4));
        var marker = impression(booking, at.plus(Duration.ofHours(2)), "reader-c");
        events.send(marker);
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(bookingIn(report(desk.groenhave, ""), booking.toString())
                                .path("totals")
                                .path("impressions")
                                .asLong())
                        .as("everything sent before the marker is counted, and no more")
                        .isEqualTo(5));
    }

    @Test
    void aDatabaseOutageHoldsCountingBackWithoutLosingAnInteraction() {
        var booking = liveBooking(desk.asGroenhave, "EVENT_LISTING");
        var at = Inventory.startOf(today).plus(Duration.ofHours(12));
        // Counting cannot record an event id while its table is gone, as when the database is unreachable.
        jdbc.sql("alter table counted_interaction rename to counted_interaction_away")
                .update();
        try {
            impressions(booking, at, 4, Channel.EVENT_LISTING).forEach(events::send);
            clicks(booking, at, 1, Channel.EVENT_LISTING).forEach(events::send);
            await().during(Duration.ofSeconds(3))
                    .atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> assertThat(bookingIn(report(desk.groenhave, ""), booking)
                                    .path("totals")
                                    .path("impressions")
                                    .asLong())
                            .isZero());
        } finally {
            jdbc.sql("alter table counted_interaction_away rename to counted_interaction")
                    .update();
        }

        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(bookingIn(report(desk.groenhave, ""), booking)
                                .path("totals")
                                .toString())
                        .isEqualTo("{\"impressions\":4,\"clicks\":1,\"ctr\":0.25}"));
    }

    @Test
    void aRepeatedClickFromOneReaderCountsOnceWithinTheWindowWhileASecondReaderCounts() {
        var booking = liveBooking(desk.asNordlys, "SPONSORED_ARTICLE");
        var reader = reader("203.0.113.10", BROWSER);

        var redirects = List.of(
                reader.get("/r/" + booking + "?channel=NEWSLETTER"),
                reader.get("/r/" + booking),
                reader("203.0.113.11", BROWSER).get("/r/" + booking));

        assertThat(redirects).allSatisfy(redirect -> {
            assertThat(redirect.status()).isEqualTo(302);
            assertThat(redirect.header("Location")).hasValue("https://nordlys.example.dk/kampagne?utm=pressline");
        });
        assertThat(clicks(booking)).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from counted_reader_interaction where reader_key like '%203.0.113%'")
                        .query(Long.class)
                        .single())
                .as("no address is stored")
                .isZero();
    }

    @Test
    void aKnownRobotsClickIsSentOnButCountsNothing() {
        var booking = liveBooking(desk.asNordlys, "RELATED_FEED_ITEM");

        var crawler = reader("203.0.113.20", GOOGLEBOT).get("/r/" + booking);
        var script = reader("203.0.113.21", "python-requests/2.32.3").get("/r/" + booking);
        var noUserAgent =
                desk.anonymous.withHeader("X-Forwarded-For", "203.0.113.22").get("/r/" + booking);

        assertThat(List.of(crawler, script))
                .allSatisfy(redirect -> assertThat(redirect.status()).isEqualTo(302));
        assertThat(noUserAgent.status()).isEqualTo(302);
        assertThat(clicks(booking)).isZero();
        reader("203.0.113.20", BROWSER).get("/r/" + booking);
        assertThat(clicks(booking)).as("a reader at the crawler's address").isEqualTo(1);
    }

    @Test
    void theClickRedirectLeadsNowhereForAPlacementReadersWereNeverShown() {
        var week = desk.freeWeek();
        var requested = desk.book(desk.asNordlys, "SPONSORED_ARTICLE", week, week);

        desk.anonymous.get("/r/" + requested).assertProblem(404);
        desk.anonymous.get("/r/" + UUID.randomUUID()).assertProblem(404);
    }

    @Test
    void aWithdrawnPlacementsLinkLeadsNowhereAndCountsNothing() {
        var booking = liveBooking(desk.asNordlys, "RELATED_FEED_ITEM");
        desk.act(booking, "withdraw", """
                {"reason": "Linket fører til en side med malware"}""");

        var page = reader("203.0.113.30", BROWSER)
                .withHeader("Accept", "text/html,application/xhtml+xml")
                .get("/r/" + booking);
        reader("203.0.113.31", BROWSER)
                .withHeader("Accept", "application/json")
                .get("/r/" + booking + "?channel=NEWSLETTER")
                .assertProblem(410);

        assertThat(page.status()).isEqualTo(410);
        assertThat(page.header("Location")).isEmpty();
        assertThat(page.body()).contains("<html lang=\"da\">", "Siden findes ikke længere");
        assertThat(clicks(booking)).isZero();
    }

    private ApiClient reader(String address, String userAgent) {
        return desk.anonymous.withHeader("X-Forwarded-For", address).withHeader("User-Agent", userAgent);
    }

    private long clicks(String bookingId) {
        return bookingIn(report(desk.nordlys, ""), bookingId)
                .path("totals")
                .path("clicks")
                .asLong();
    }

    private String liveBooking(ApiClient advertiser, String product) {
        var id = desk.book(advertiser, product, today, today.plusDays(6));
        assertThat(desk.act(id, "approve", null).json().path("status").asString())
                .isEqualTo("ACTIVE");
        return id;
    }

    private JsonNode report(String advertiserId, String query) {
        var client = advertiserId.equals(desk.nordlys) ? desk.asNordlys : desk.asGroenhave;
        return SponsorDesk.ok(client.get("/api/advertisers/" + advertiserId + "/report" + query))
                .json();
    }

    private static JsonNode bookingIn(JsonNode report, String bookingId) {
        return report.path("bookings")
                .valueStream()
                .filter(booking -> booking.path("bookingId").asString().equals(bookingId))
                .findFirst()
                .orElseThrow();
    }

    private static List<PlacementInteraction> impressions(String bookingId, Instant at, int count, Channel channel) {
        var impressions = new ArrayList<PlacementInteraction>();
        for (int i = 0; i < count; i++) {
            impressions.add(new PlacementImpressionRecorded(
                    UUID.randomUUID(), at.plusSeconds(i), UUID.fromString(bookingId), channel, 3));
        }
        return impressions;
    }

    private static PlacementImpressionRecorded impression(UUID bookingId, Instant at, String reader) {
        return new PlacementImpressionRecorded(UUID.randomUUID(), at, bookingId, Channel.RELATED_FEED, 3, reader);
    }

    private static List<PlacementInteraction> clicks(String bookingId, Instant at, int count, Channel channel) {
        var clicks = new ArrayList<PlacementInteraction>();
        for (int i = 0; i < count; i++) {
            clicks.add(new PlacementClickRecorded(
                    UUID.randomUUID(), at.plusSeconds(i), UUID.fromString(bookingId), channel, 3));
        }
        return clicks;
    }

    private void sendNotAnEvent(String key) {
        try (var producer = new KafkaProducer<>(
                Map.<String, Object>of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        TestServers.kafka().bootstrapServers()),
                new StringSerializer(),
                new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topicNames.of(Topics.INTERACTIONS), key, "not an event".getBytes()));
        }
    }
}
