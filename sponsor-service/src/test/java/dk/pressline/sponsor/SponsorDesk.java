package dk.pressline.sponsor;

import static org.assertj.core.api.Assertions.assertThat;

import dk.pressline.testsupport.security.TestTokens;
import dk.pressline.testsupport.web.ApiClient;
import dk.pressline.testsupport.web.ApiResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sales and two advertisers at work through the sponsor API. Each desk registers advertisers of its own, and each
 * {@link #freeWeek() week} it hands out is one no other test has used, so tests sharing a database stay apart.
 */
final class SponsorDesk {

    /** What every product costs a day in these tests, in øre: 1.500 kr. */
    static final long PRICE_PER_DAY = 150_000;

    private static final AtomicInteger weeksHandedOut = new AtomicInteger();

    final int port;
    final ApiClient anonymous;
    final ApiClient sales;
    final String nordlys;
    final String groenhave;
    final ApiClient asNordlys;
    final ApiClient asGroenhave;
    private final LocalDate today;

    private SponsorDesk(int port, LocalDate today) {
        var suffix = UUID.randomUUID().toString().substring(0, 8);
        this.port = port;
        this.today = today;
        this.anonymous = ApiClient.atLocalPort(port);
        this.sales = anonymous.withToken(TestTokens.sales().encode());
        this.nordlys = "ad-nordlys-" + suffix;
        this.groenhave = "ad-groenhave-" + suffix;
        this.asNordlys = anonymous.withToken(TestTokens.advertiser(nordlys).encode());
        this.asGroenhave = anonymous.withToken(TestTokens.advertiser(groenhave).encode());
    }

    /** A desk with two registered advertisers and a price for every product. */
    static SponsorDesk at(int port, LocalDate today) {
        var desk = new SponsorDesk(port, today);
        desk.created(desk.sales.post("/api/advertisers", advertiser(desk.nordlys, "Nordlys Energi")));
        desk.created(desk.sales.post("/api/advertisers", advertiser(desk.groenhave, "Grønhave Byg")));
        for (var product :
                List.of("RELATED_FEED_ITEM", "NEWSLETTER_SPONSOR", "EVENT_LISTING", "JOB_AD", "SPONSORED_ARTICLE")) {
            var response = desk.sales.post("/api/prices", """
                    {"product": "%s", "validFrom": "2020-01-01", "pricePerDay": %d}""".formatted(product, PRICE_PER_DAY));
            assertThat(response.status())
                    .as("a price, or the one an earlier desk set: %s", response.body())
                    .isIn(201, 409);
        }
        return desk;
    }

    static String advertiser(String id, String name) {
        return """
                {"id": "%s", "name": "%s", "logoUrl": "https://cdn.example.dk/%s.png",
                 "contact": {"name": "Sara Holm", "email": "sara@example.dk", "phone": "+45 12 34 56 78"},
                 "invoicing": {"companyName": "%s A/S", "cvr": "12345678", "address": "Havnegade 1, 1058 København K",
                               "email": "faktura@example.dk"}}""".formatted(id, name, id, name);
    }

    LocalDate today() {
        return today;
    }

    /** The first day of a week of flight no other test has been given, a month or more ahead. */
    LocalDate freeWeek() {
        return today.plusDays(30 + 7L * weeksHandedOut.getAndIncrement());
    }

    static String booking(String product, LocalDate firstDay, LocalDate lastDay) {
        var extra = switch (product) {
            case "EVENT_LISTING" -> """
                    , "event": {"organiser": "Nordlys Energi", "title": "Klimatopmøde", "date": "%s",
                                "startTime": "09:30", "place": "Aarhus"}""".formatted(firstDay.plusDays(3));
            case "JOB_AD" -> """
                    , "job": {"employer": "Nordlys Energi", "title": "Bæredygtighedschef", "location": "Odense",
                              "deadline": "%s"}""".formatted(lastDay);
            default -> "";
        };
        return """
                {"product": "%s", "firstDay": "%s", "lastDay": "%s",
                 "content": {"themes": ["groen-omstilling"],
                             "creative": {"title": "Vind med vedvarende energi", "teaser": "Sådan gør vi det.",
                                          "linkUrl": "https://nordlys.example.dk/kampagne?utm=pressline",
                                          "imageUrl": "https://cdn.example.dk/vind.jpg"}%s}}""".formatted(product, firstDay, lastDay, extra);
    }

    /** Books as the advertiser and returns the booking's id. */
    String book(ApiClient advertiser, String product, LocalDate firstDay, LocalDate lastDay) {
        return created(advertiser.post("/api/bookings", booking(product, firstDay, lastDay)))
                .json()
                .path("id")
                .asString();
    }

    String status(String bookingId) {
        return ok(sales.get("/api/bookings/" + bookingId)).json().path("status").asString();
    }

    ApiResponse act(String bookingId, String action, String body) {
        return ok(sales.post("/api/bookings/" + bookingId + "/" + action, body));
    }

    static ApiResponse created(ApiResponse response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response;
    }

    static ApiResponse ok(ApiResponse response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response;
    }
}
