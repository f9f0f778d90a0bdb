package dk.pressline.portal;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The availability calendar: a month as a table whose days say in words whether they are free, and a flight's quote. */
class CalendarPageTests extends PortalTest {

    private static final String METTE = "Bearer " + People.METTES_TOKEN;

    @BeforeEach
    void decemberIsPartlyTaken() {
        StandIns.SPONSOR.stubFor(get(urlPathEqualTo("/api/availability"))
                .withHeader("Authorization", equalTo(METTE))
                .withQueryParam("product", equalTo("NEWSLETTER_SPONSOR"))
                .withQueryParam("from", equalTo("2026-12-01"))
                .withQueryParam("to", equalTo("2026-12-31"))
                .willReturn(okJson("""
                        {"product": "NEWSLETTER_SPONSOR", "exclusive": true, "from": "2026-12-01", "to": "2026-12-31",
                         "taken": [{"firstDay": "2026-12-07", "lastDay": "2026-12-13"}],
                         "free": [{"firstDay": "2026-12-01", "lastDay": "2026-12-06"},
                                  {"firstDay": "2026-12-14", "lastDay": "2026-12-31"}]}
                        """)));
        StandIns.SPONSOR.stubFor(get(urlPathEqualTo("/api/bookings"))
                .withHeader("Authorization", equalTo(METTE))
                .withQueryParam("status", equalTo("REQUESTED"))
                .willReturn(okJson(SponsorApiFixtures.page())));
    }

    @Test
    void showsTheMonthAsATableThatSaysWhichDaysAreFreeInWords() {
        var page = pages.get("/kalender?produkt=NEWSLETTER_SPONSOR&maaned=2026-12", People.mette());

        assertThat(page.status()).isEqualTo(200);
        var table = page.html().selectFirst("table.calendar");
        assertThat(table.select("caption").text()).isEqualTo("Nyhedsbrevets sponsorplads, december 2026");
        assertThat(table.select("thead th").eachText())
                .containsExactly("man", "tir", "ons", "tor", "fre", "lør", "søn");
        assertThat(table.select("td:has(time[datetime=2026-12-06]) .day-state").text())
                .isEqualTo("Ledig");
        assertThat(table.select("td:has(time[datetime=2026-12-07]) .day-state").text())
                .isEqualTo("Optaget");
        assertThat(table.select("td:has(time[datetime=2026-12-14]) .day-state").text())
                .isEqualTo("Ledig");
        assertThat(table.select("td .day-state")).hasSize(31);
        assertThat(page.html().select("a[rel=next]").attr("href"))
                .isEqualTo("/portal/kalender?produkt=NEWSLETTER_SPONSOR&maaned=2027-01");
    }

    @Test
    void quotesTheChosenFlightAndOffersToBookIt() {
        StandIns.SPONSOR.stubFor(get(urlPathEqualTo("/api/quotes"))
                .withHeader("Authorization", equalTo(METTE))
                .withQueryParam("firstDay", equalTo("2026-12-14"))
                .withQueryParam("lastDay", equalTo("2026-12-20"))
                .willReturn(okJson(SponsorApiFixtures.quote(
                        "NEWSLETTER_SPONSOR",
                        java.time.LocalDate.parse("2026-12-14"),
                        java.time.LocalDate.parse("2026-12-20"),
                        1050000))));

        var page = pages.get(
                "/kalender?produkt=NEWSLETTER_SPONSOR&maaned=2026-12&fra=2026-12-14&til=2026-12-20", People.mette());

        assertThat(page.html().select(".quote-total").text()).isEqualTo("10.500,00 kr.");
        var book = page.html().selectFirst("a:contains(Book denne periode)");
        assertThat(book.attr("href"))
                .isEqualTo("/portal/bookinger/ny?product=NEWSLETTER_SPONSOR&firstDay=2026-12-14&lastDay=2026-12-20");
    }

    @Test
    void saysWhyAFlightCannotBePriced() {
        StandIns.SPONSOR.stubFor(get(urlPathEqualTo("/api/quotes")).willReturn(StandIns.problem(400, """
                        {"title": "Bad Request", "status": 400,
                         "errors": [{"field": "firstDay",
                                     "reason": "NEWSLETTER_SPONSOR has no price on 2026-12-31 and cannot be booked for it"}]}
                        """)));

        var page = pages.get(
                "/kalender?produkt=NEWSLETTER_SPONSOR&maaned=2026-12&fra=2026-12-30&til=2026-12-31", People.mette());

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html().select("p.error").text())
                .contains("Der er ingen pris den 2026-12-31, så dagen kan ikke bookes endnu.");
    }
}
