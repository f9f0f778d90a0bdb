package dk.pressline.portal;

import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Sales' approval queue: requested bookings oldest first with their previews; approve, or reject with a reason. */
class ApprovalQueueTests extends PortalTest {

    private static final String SALES = "Bearer " + People.SALES_TOKEN;

    @BeforeEach
    void twoRequestsWait() {
        StandIns.SPONSOR.stubFor(get(urlPathEqualTo("/api/bookings"))
                .withHeader("Authorization", equalTo(SALES))
                .withQueryParam("status", equalTo("REQUESTED"))
                .willReturn(okJson(SponsorApiFixtures.page(
                        SponsorApiFixtures.booking(
                                "newer",
                                "ad-nordlys",
                                "Vind med vedvarende energi",
                                "REQUESTED",
                                20,
                                null,
                                "2026-12-05T10:00:00Z"),
                        SponsorApiFixtures.booking(
                                "older",
                                "ad-groenhave",
                                "Haven i december",
                                "REQUESTED",
                                10,
                                null,
                                "2026-12-02T08:00:00Z")))));
        StandIns.SPONSOR.stubFor(get(urlPathEqualTo("/api/advertisers/ad-nordlys"))
                .withHeader("Authorization", equalTo(SALES))
                .willReturn(okJson(SponsorApiFixtures.nordlys())));
        StandIns.SPONSOR.stubFor(get(urlPathEqualTo("/api/advertisers/ad-groenhave"))
                .withHeader("Authorization", equalTo(SALES))
                .willReturn(okJson(SponsorApiFixtures.groenhave())));
    }

    @Test
    void listsTheRequestedBookingsOldestFirstEachWithItsPreview() {
        var page = pages.get("/salg/godkendelser", People.sales());

        assertThat(page.status()).isEqualTo(200);
        var items = page.html().select("ol.queue > li");
        assertThat(items.select("h2:not(.preview h2)").eachText())
                .containsExactly("Haven i december", "Vind med vedvarende energi");
        assertThat(items.select(".preview li.sponsored .sponsor-label").eachText())
                .containsExactly("Sponseret af Grøn Have", "Sponseret af Nordlys Energi");
        assertThat(items.select(".hold")).isEmpty();
        assertThat(items.get(0).select("form[method=post]").eachAttr("action"))
                .containsExactly("/portal/salg/bookinger/older/godkend", "/portal/salg/bookinger/older/afvis");
    }

    @Test
    void saysUntilWhenARequestForAnExclusiveSlotHoldsIt() {
        StandIns.SPONSOR.stubFor(get(urlPathEqualTo("/api/bookings"))
                .atPriority(1)
                .withQueryParam("status", equalTo("REQUESTED"))
                .willReturn(okJson(SponsorApiFixtures.page(SponsorApiFixtures.booking(
                                "held", "ad-nordlys", "Nyhedsbrevet", "REQUESTED", 10, null, "2026-12-02T08:00:00Z")
                        .replace("\"holdUntil\": null", "\"holdUntil\": \"2026-12-05T08:00:00Z\"")))));

        var page = pages.get("/salg/godkendelser", People.sales());

        assertThat(page.html().select(".hold").text()).isEqualTo("5. december 2026 09:00");
    }

    @Test
    void approvesABookingAsSales() {
        StandIns.SPONSOR.stubFor(post(urlPathEqualTo("/api/bookings/older/approve"))
                .withHeader("Authorization", equalTo(SALES))
                .willReturn(okJson(SponsorApiFixtures.booking("older", "APPROVED", 10, null))));

        var approved = pages.post("/salg/bookinger/older/godkend", People.sales(), Map.of());

        assertThat(approved.status()).isEqualTo(302);
        assertThat(approved.location()).isEqualTo("/portal/salg/godkendelser");
        StandIns.SPONSOR.verify(1, postRequestedFor(urlPathEqualTo("/api/bookings/older/approve")));
    }

    @Test
    void rejectsABookingWithTheReasonTheAdvertiserWillRead() {
        StandIns.SPONSOR.stubFor(post(urlPathEqualTo("/api/bookings/older/reject"))
                .withHeader("Authorization", equalTo(SALES))
                .withRequestBody(equalToJson("{\"reason\": \"Billedet er for utydeligt\"}"))
                .willReturn(okJson(SponsorApiFixtures.booking("older", "REJECTED", 10, "Billedet er for utydeligt"))));

        var rejected = pages.post(
                "/salg/bookinger/older/afvis", People.sales(), Map.of("begrundelse", "  Billedet er for utydeligt "));

        assertThat(rejected.status()).isEqualTo(302);
        StandIns.SPONSOR.verify(1, postRequestedFor(urlPathEqualTo("/api/bookings/older/reject")));
    }

    @Test
    void sendsNoRejectionWithoutAReasonAndSaysSoAtTheField() {
        var page = pages.post("/salg/bookinger/older/afvis", People.sales(), Map.of("begrundelse", " "));

        assertThat(page.status()).isEqualTo(200);
        var reason = page.html().selectFirst("#begrundelse-older");
        assertThat(reason.attr("aria-invalid")).isEqualTo("true");
        assertThat(page.html().select("#" + reason.attr("aria-describedby")).text())
                .startsWith("Skriv en begrundelse");
        assertThat(page.html().selectFirst("#begrundelse-newer").attr("aria-invalid"))
                .isEmpty();
        StandIns.SPONSOR.verify(0, postRequestedFor(anyUrl()));
    }

    @Test
    void saysWhyABookingCouldNotBeApproved() {
        StandIns.SPONSOR.stubFor(post(urlPathEqualTo("/api/bookings/older/approve"))
                .willReturn(StandIns.problem(
                        409, "{\"title\":\"Conflict\",\"status\":409,\"detail\":\"The request's hold has ended.\"}")));

        var refused = pages.post("/salg/bookinger/older/godkend", People.sales(), Map.of());

        assertThat(refused.status()).isEqualTo(302);
        assertThat(refused.flash())
                .containsEntry("problem", "Det kan ikke lade sig gøre lige nu: The request's hold has ended.");
    }
}
