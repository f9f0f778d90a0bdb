package dk.pressline.portal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.Fault;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An advertiser's bookings: the list in Danish, one booking with its preview, cancelling before the start, and the
 * booking form with quote and preview. Every call reaches sponsor-service with the person's own access token.
 */
class BookingPagesTests extends PortalTest {

    private static final String METTE = "Bearer " + People.METTES_TOKEN;

    @BeforeEach
    void nordlysIsKnown() {
        StandIns.SPONSOR.stubFor(get(urlPathEqualTo("/api/advertisers/ad-nordlys"))
                .withHeader("Authorization", equalTo(METTE))
                .willReturn(okJson(SponsorApiFixtures.nordlys())));
    }

    @Test
    void listsTheAdvertisersBookingsWithEachStatusInDanish() {
        StandIns.SPONSOR.stubFor(get(urlPathEqualTo("/api/bookings"))
                .withHeader("Authorization", equalTo(METTE))
                .willReturn(okJson(SponsorApiFixtures.page(
                        SponsorApiFixtures.booking("b1", "REQUESTED", 30, null),
                        SponsorApiFixtures.booking("b2", "REJECTED", 20, "Billedet er for utydeligt"),
                        SponsorApiFixtures.booking("b3", "ACTIVE", -2, null),
                        SponsorApiFixtures.booking("b4", "HOLD_EXPIRED", 10, null)))));

        var page = pages.get("/bookinger", People.mette());

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html().select("tbody tr td:nth-child(4)").eachText())
                .containsExactly("Anmodet", "Afvist: Billedet er for utydeligt", "Reservation udløbet", "Live");
        assertThat(page.html().select("tbody td.number").eachText()).containsOnly("10.500,00 kr.");
        assertThat(page.html().select("tbody a").eachAttr("href")).contains("/portal/bookinger/b1");
    }

    @Test
    void showsABookingWithItsPreviewExactlyAsReadersSeeIt() {
        stubBooking("b1", SponsorApiFixtures.booking("b1", "APPROVED", 30, null));

        var page = pages.get("/bookinger/b1", People.mette());

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html().select("h1").text()).isEqualTo("Vind med vedvarende energi");
        assertThat(page.html().select(".details .status").text()).isEqualTo("Godkendt");
        var item = page.html().selectFirst(".preview .related li.sponsored");
        assertThat(item).isNotNull();
        assertThat(item.select(".sponsor-label").text()).isEqualTo("Sponseret af Nordlys Energi");
        assertThat(item.select("a[rel=sponsored noopener]").text()).isEqualTo("Vind med vedvarende energi");
        assertThat(item.select("img.sponsor-image").attr("src")).isEqualTo("https://cdn.example.dk/nordlys.jpg");
        assertThat(page.html().select("link[rel=stylesheet]").eachAttr("href")).contains("/portal/assets/site.css");
    }

    @Test
    void showsThePortals404ForAnotherAdvertisersBooking() {
        StandIns.SPONSOR.stubFor(get(urlPathEqualTo("/api/bookings/nordlys-1"))
                .willReturn(StandIns.problem(404, "{\"title\":\"Not Found\",\"status\":404}")));
        StandIns.SPONSOR.stubFor(get(urlPathEqualTo("/api/bookings/nordlys-2"))
                .willReturn(StandIns.problem(403, "{\"title\":\"Forbidden\",\"status\":403}")));

        for (var id : new String[] {"nordlys-1", "nordlys-2"}) {
            var page = pages.get("/bookinger/" + id, People.jonas());

            assertThat(page.status()).as(id).isEqualTo(404);
            assertThat(page.html().select("h1").text()).as(id).isEqualTo("Siden findes ikke");
        }
    }

    @Test
    void cancelsABookingAfterAskingForConfirmation() {
        stubBooking("b1", SponsorApiFixtures.booking("b1", "REQUESTED", 30, null));
        StandIns.SPONSOR.stubFor(post(urlPathEqualTo("/api/bookings/b1/cancel"))
                .withHeader("Authorization", equalTo(METTE))
                .willReturn(okJson(SponsorApiFixtures.booking("b1", "CANCELLED", 30, null))));

        var detail = pages.get("/bookinger/b1", People.mette());
        assertThat(detail.html().select(".actions a").attr("href")).isEqualTo("/portal/bookinger/b1/annuller");
        var confirm = pages.get("/bookinger/b1/annuller", People.mette());
        assertThat(confirm.html().select("h1").text()).isEqualTo("Annuller bookingen?");
        assertThat(confirm.html().select("main form[method=post]").attr("action"))
                .isEqualTo("/portal/bookinger/b1/annuller");
        StandIns.SPONSOR.verify(0, postRequestedFor(anyUrl()));

        var cancelled = pages.post("/bookinger/b1/annuller", People.mette(), Map.of());

        assertThat(cancelled.status()).isEqualTo(302);
        assertThat(cancelled.location()).isEqualTo("/portal/bookinger/b1");
        StandIns.SPONSOR.verify(
                1,
                postRequestedFor(urlPathEqualTo("/api/bookings/b1/cancel"))
                        .withHeader("Authorization", equalTo(METTE)));
    }

    @Test
    void offersNoCancellationOnceTheFlightHasStarted() {
        stubBooking("b3", SponsorApiFixtures.booking("b3", "ACTIVE", -1, null));

        var page = pages.get("/bookinger/b3", People.mette());

        assertThat(page.html().select(".details .status").text()).isEqualTo("Live");
        assertThat(page.html().select("a[href$=/annuller]")).isEmpty();
        assertThat(pages.get("/bookinger/b3/annuller", People.mette()).location())
                .isEqualTo("/portal/bookinger/b3");
    }

    @Test
    void saysWhySponsorServiceRefusedTheCancellation() {
        stubBooking("b1", SponsorApiFixtures.booking("b1", "APPROVED", 30, null));
        StandIns.SPONSOR.stubFor(post(urlPathEqualTo("/api/bookings/b1/cancel"))
                .willReturn(StandIns.problem(
                        409,
                        "{\"title\":\"Conflict\",\"status\":409,"
                                + "\"detail\":\"The booking's status or flight does not allow this now.\"}")));

        var page = pages.post("/bookinger/b1/annuller", People.mette(), Map.of());

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html().select(".error-summary").text())
                .startsWith("Det kan ikke lade sig gøre lige nu")
                .contains("does not allow this now");
    }

    @Test
    void refusesACancellationWithoutTheFormsCsrfToken() {
        var refused = pages.postWithoutCsrf("/bookinger/b1/annuller", People.mette(), Map.of());

        assertThat(refused.status()).isEqualTo(403);
        StandIns.SPONSOR.verify(0, postRequestedFor(anyUrl()));
    }

    @Test
    void previewsTheFormWithItsQuoteWithoutBooking() {
        var firstDay = LocalDate.now().plusDays(14);
        stubQuote(firstDay);

        var page = pages.post("/bookinger/ny", People.mette(), filledIn(firstDay, "forhaandsvis"));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html().select(".quote-total").text()).isEqualTo("10.500,00 kr.");
        var item = page.html().selectFirst(".preview li.sponsored");
        assertThat(item.select(".sponsor-label").text()).isEqualTo("Sponseret af Nordlys Energi");
        assertThat(item.select("a").text()).isEqualTo("Grøn strøm til din virksomhed");
        assertThat(item.select("a").attr("href")).isEqualTo("https://nordlys.example.dk/erhverv");
        assertThat(page.html().select("input[name=title]").val()).isEqualTo("Grøn strøm til din virksomhed");
        StandIns.SPONSOR.verify(0, postRequestedFor(anyUrl()));
    }

    @Test
    void booksTheFlightAndShowsTheNewBooking() {
        var firstDay = LocalDate.now().plusDays(14);
        StandIns.SPONSOR.stubFor(post(urlPathEqualTo("/api/bookings"))
                .withHeader("Authorization", equalTo(METTE))
                .withRequestBody(equalToJson("""
                        {"product": "RELATED_FEED_ITEM", "firstDay": "%s", "lastDay": "%s",
                         "content": {"themes": ["klima", "groen-omstilling"],
                                     "creative": {"title": "Grøn strøm til din virksomhed", "teaser": null,
                                                  "linkUrl": "https://nordlys.example.dk/erhverv",
                                                  "imageUrl": null}}}
                        """.formatted(firstDay, firstDay.plusDays(6))))
                .willReturn(aResponse()
                        .withStatus(201)
                        .withHeader("Content-Type", "application/json")
                        .withBody(SponsorApiFixtures.booking("b9", "REQUESTED", 14, null))));

        var booked = pages.post("/bookinger/ny", People.mette(), filledIn(firstDay, "book"));

        assertThat(booked.status()).isEqualTo(302);
        assertThat(booked.location()).isEqualTo("/portal/bookinger/b9");
    }

    @Test
    void showsEachRefusedFieldNextToItWithTheFormFilledIn() {
        var firstDay = LocalDate.now().plusDays(14);
        StandIns.SPONSOR.stubFor(post(urlPathEqualTo("/api/bookings")).willReturn(StandIns.problem(400, """
                        {"title": "Bad Request", "status": 400,
                         "errors": [{"field": "content.creative.linkUrl", "reason": "must be an http or https URL"},
                                    {"field": "firstDay", "reason": "must not be in the past"}]}
                        """)));
        stubQuote(firstDay);
        var form = new java.util.HashMap<String, Object>(filledIn(firstDay, "book"));
        form.put("linkUrl", "ftp://nordlys");

        var page = pages.post("/bookinger/ny", People.mette(), form);

        assertThat(page.status()).isEqualTo(200);
        var link = page.html().selectFirst("input[name=linkUrl]");
        assertThat(link.attr("aria-invalid")).isEqualTo("true");
        assertThat(link.val()).isEqualTo("ftp://nordlys");
        assertThat(page.html().select("#" + link.attr("aria-describedby")).text())
                .isEqualTo("Skal være en adresse, der begynder med http:// eller https://.");
        assertThat(page.html().select("#firstDay-fejl").text()).isEqualTo("Må ikke ligge før i dag.");
        assertThat(page.html().select("input[name=title]").attr("aria-invalid")).isEmpty();
        assertThat(page.html().select(".error-summary a").eachAttr("href")).containsExactly("#linkUrl", "#firstDay");
    }

    @Test
    void booksAnEventListingWithItsEvent() {
        var firstDay = LocalDate.now().plusDays(14);
        StandIns.SPONSOR.stubFor(post(urlPathEqualTo("/api/bookings"))
                .withHeader("Authorization", equalTo(METTE))
                .withRequestBody(matchingJsonPath("$.product", equalTo("EVENT_LISTING")))
                .withRequestBody(equalToJson("""
                        {"content": {"event": {"organiser": "Nordlys Energi", "title": "Klimatopmøde 2027",
                                               "description": null, "date": "%s", "startTime": "09:30:00",
                                               "place": "Aarhus"}}}
                        """.formatted(firstDay.plusDays(3)), false, true))
                .willReturn(aResponse()
                        .withStatus(201)
                        .withHeader("Content-Type", "application/json")
                        .withBody(SponsorApiFixtures.booking("b10", "REQUESTED", 14, null))));
        var form = new java.util.HashMap<String, Object>(filledIn(firstDay, "book"));
        form.putAll(Map.of(
                "product", "EVENT_LISTING",
                "eventOrganiser", "Nordlys Energi",
                "eventTitle", "Klimatopmøde 2027",
                "eventDate", firstDay.plusDays(3).toString(),
                "eventStartTime", "09:30",
                "eventPlace", "Aarhus"));

        var booked = pages.post("/bookinger/ny", People.mette(), form);

        assertThat(booked.location()).isEqualTo("/portal/bookinger/b10");
    }

    @Test
    void showsARefusedEventFieldAtTheEventsOwnField() {
        var firstDay = LocalDate.now().plusDays(14);
        StandIns.SPONSOR.stubFor(get(urlPathEqualTo("/api/quotes"))
                .willReturn(okJson(SponsorApiFixtures.quote("EVENT_LISTING", firstDay, firstDay.plusDays(6), 1))));
        StandIns.SPONSOR.stubFor(post(urlPathEqualTo("/api/bookings")).willReturn(StandIns.problem(400, """
                        {"title": "Bad Request", "status": 400,
                         "errors": [{"field": "content.event.title", "reason": "must not be blank"}]}
                        """)));
        var form = new java.util.HashMap<String, Object>(filledIn(firstDay, "book"));
        form.put("product", "EVENT_LISTING");

        var page = pages.post("/bookinger/ny", People.mette(), form);

        assertThat(page.html().select("input[name=eventTitle]").attr("aria-invalid"))
                .isEqualTo("true");
        assertThat(page.html().select("#eventTitle-fejl").text()).isEqualTo("Skal udfyldes.");
        assertThat(page.html().select("input[name=title]").attr("aria-invalid")).isEmpty();
    }

    @Test
    void signsThePersonInAgainWhenSponsorServiceNoLongerAcceptsTheirToken() {
        StandIns.SPONSOR.stubFor(get(urlPathEqualTo("/api/bookings"))
                .willReturn(StandIns.problem(401, "{\"title\":\"Unauthorized\",\"status\":401}")));

        var page = pages.get("/bookinger", People.mette());

        assertThat(page.status()).isEqualTo(302);
        assertThat(page.location()).isEqualTo("/portal/oauth2/authorization/pressline");
    }

    @Test
    void showsTheDanish503WhenSponsorServiceIsDown() {
        StandIns.SPONSOR.stubFor(get(urlPathEqualTo("/api/bookings"))
                .atPriority(1)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));

        var page = pages.get("/bookinger", People.mette());

        assertThat(page.status()).isEqualTo(503);
        assertThat(page.html().select("h1").text()).isEqualTo("Siden kan ikke vises lige nu");
        assertThat(page.body()).doesNotContain("Exception", "at dk.pressline");
        StandIns.SPONSOR.verify(
                anyRequestedFor(urlPathEqualTo("/api/bookings")).withHeader("Authorization", equalTo(METTE)));
    }

    private static void stubQuote(LocalDate firstDay) {
        StandIns.SPONSOR.stubFor(get(urlPathEqualTo("/api/quotes"))
                .withHeader("Authorization", equalTo(METTE))
                .withQueryParam("product", equalTo("RELATED_FEED_ITEM"))
                .withQueryParam("firstDay", equalTo(firstDay.toString()))
                .withQueryParam("lastDay", equalTo(firstDay.plusDays(6).toString()))
                .willReturn(okJson(
                        SponsorApiFixtures.quote("RELATED_FEED_ITEM", firstDay, firstDay.plusDays(6), 1050000))));
    }

    private static void stubBooking(String id, String json) {
        StandIns.SPONSOR.stubFor(get(urlPathEqualTo("/api/bookings/" + id))
                .withHeader("Authorization", equalTo(METTE))
                .willReturn(okJson(json)));
    }

    private static Map<String, Object> filledIn(LocalDate firstDay, String action) {
        return Map.of(
                "product", "RELATED_FEED_ITEM",
                "firstDay", firstDay.toString(),
                "lastDay", firstDay.plusDays(6).toString(),
                "themes", "klima, groen-omstilling",
                "title", "Grøn strøm til din virksomhed",
                "teaser", "",
                "linkUrl", "https://nordlys.example.dk/erhverv",
                "imageUrl", "",
                "handling", action);
    }
}
