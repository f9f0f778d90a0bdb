package dk.pressline.portal;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Sales' reference pages: the advertisers with their contacts, and the price list. */
class SalesDirectoryTests extends PortalTest {

    private static final String SALES = "Bearer " + People.SALES_TOKEN;

    @Test
    void listsTheAdvertisersWithTheirContacts() {
        StandIns.SPONSOR.stubFor(get(urlPathEqualTo("/api/advertisers"))
                .withHeader("Authorization", equalTo(SALES))
                .withQueryParam("page", equalTo("0"))
                .willReturn(okJson("""
                        {"items": [
                          {"id": "ad-nordlys", "name": "Nordlys Energi",
                           "contact": {"name": "Sara Holm", "email": "sara@nordlys.example.dk", "phone": "12345678"},
                           "invoicing": {"companyName": "Nordlys Energi A/S", "cvr": "12345678"}},
                          {"id": "ad-groenhave", "name": "Grøn Have",
                           "contact": {"name": "Jonas Grøn", "email": "jonas@groenhave.dk", "phone": null},
                           "invoicing": {"companyName": "Grøn Have ApS", "cvr": null}}],
                         "page": 0, "size": 50, "totalItems": 51, "totalPages": 2}
                        """)));

        var page = pages.get("/salg/annoncoerer", People.sales());

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html().select("tbody tr").eachText())
                .containsExactly(
                        "Nordlys Energi (ad-nordlys) Sara Holm sara@nordlys.example.dk 12345678 Nordlys Energi A/S, CVR 12345678",
                        "Grøn Have (ad-groenhave) Jonas Grøn jonas@groenhave.dk Grøn Have ApS");
        assertThat(page.html().select("a[href^=mailto:]").eachAttr("href")).contains("mailto:sara@nordlys.example.dk");
        assertThat(page.html().select("a[rel=next]").attr("href")).isEqualTo("/portal/salg/annoncoerer?side=2");
    }

    @Test
    void showsThePriceListByProductWithTheLastDayEachPriceApplies() {
        StandIns.SPONSOR.stubFor(get(urlPathEqualTo("/api/prices"))
                .withHeader("Authorization", equalTo(SALES))
                .willReturn(okJson("""
                        [{"id": "p3", "product": "JOB_AD", "validFrom": "2026-01-01", "validUntil": null,
                          "pricePerDay": 50000, "currency": "DKK"},
                         {"id": "p2", "product": "RELATED_FEED_ITEM", "validFrom": "2027-01-01", "validUntil": null,
                          "pricePerDay": 175000, "currency": "DKK"},
                         {"id": "p1", "product": "RELATED_FEED_ITEM", "validFrom": "2026-01-01",
                          "validUntil": "2027-01-01", "pricePerDay": 150000, "currency": "DKK"}]
                        """)));

        var page = pages.get("/salg/priser", People.sales());

        assertThat(page.html().select("tbody tr").eachText())
                .containsExactly(
                        "Relateret indhold 1. januar 2026 31. december 2026 1.500,00 kr.",
                        "Relateret indhold 1. januar 2027 indtil videre 1.750,00 kr.",
                        "Jobannonce 1. januar 2026 indtil videre 500,00 kr.");
    }
}
