package dk.pressline.portal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** The advertiser's report: per-day charts as SVG with a table of the same figures, and the CSV download. */
class ReportPagesTests extends PortalTest {

    private static final String METTE = "Bearer " + People.METTES_TOKEN;

    private static final String REPORT = """
            {"advertiserId": "ad-nordlys", "advertiserName": "Nordlys Energi", "from": "2026-12-01", "to": "2026-12-03",
             "totals": {"impressions": 1400, "clicks": 35, "ctr": 0.025},
             "bookings": [
               {"bookingId": "b1", "product": "RELATED_FEED_ITEM", "title": "Vind", "status": "ACTIVE",
                "firstDay": "2026-12-01", "lastDay": "2026-12-07", "totals": {"impressions": 1200, "clicks": 30, "ctr": 0.025},
                "days": [{"day": "2026-12-01", "figures": {"impressions": 400, "clicks": 10, "ctr": 0.025}},
                         {"day": "2026-12-02", "figures": {"impressions": 800, "clicks": 20, "ctr": 0.025}}]},
               {"bookingId": "b2", "product": "NEWSLETTER_SPONSOR", "title": "Nyhedsbrev", "status": "EXPIRED",
                "firstDay": "2026-12-02", "lastDay": "2026-12-03", "totals": {"impressions": 200, "clicks": 5, "ctr": 0.025},
                "days": [{"day": "2026-12-02", "figures": {"impressions": 200, "clicks": 5, "ctr": 0.025}},
                         {"day": "2026-12-03", "figures": {"impressions": 0, "clicks": 0, "ctr": null}}]}]}
            """;

    @Test
    void showsImpressionsClicksAndCtrPerDayAsChartsAndAsATable() {
        StandIns.SPONSOR.stubFor(get(urlPathEqualTo("/api/advertisers/ad-nordlys/report"))
                .withHeader("Authorization", equalTo(METTE))
                .withQueryParam("from", equalTo("2026-12-01"))
                .withQueryParam("to", equalTo("2026-12-03"))
                .willReturn(okJson(REPORT)));

        var page = pages.get("/rapporter?fra=2026-12-01&til=2026-12-03", People.mette());

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html().select("table.daily tbody tr").eachText())
                .containsExactly(
                        "1. december 2026 400 10 2,50 %", "2. december 2026 1.000 25 2,50 %", "3. december 2026 0 0 –");
        var charts = page.html().select("figure.chart svg[role=img]");
        assertThat(charts.select("title:not(rect title)").eachText())
                .containsExactly("Visninger pr. dag", "Klik pr. dag", "Klikrate (CTR) pr. dag");
        var impressions = charts.getFirst();
        assertThat(impressions.select("rect.bar")).hasSize(3);
        assertThat(impressions.select("rect.bar title").eachText())
                .containsExactly("2026-12-01: 400 visninger", "2026-12-02: 1.000 visninger", "2026-12-03: 0 visninger");
        assertThat(impressions.select("rect.bar").get(1).attr("height")).isEqualTo("160.0");
        assertThat(impressions.select("rect.bar").get(0).attr("height")).isEqualTo("64.0");
        assertThat(page.html().select("a[download]").attr("href"))
                .isEqualTo("/portal/rapporter/rapport.csv?fra=2026-12-01&til=2026-12-03");
    }

    @Test
    void streamsTheCsvFromSponsorServiceAsADownload() throws Exception {
        var csv = "bookingId,day,impressions,clicks,ctr\nb1,2026-12-01,400,10,0.025\n";
        StandIns.SPONSOR.stubFor(get(urlPathEqualTo("/api/advertisers/ad-nordlys/report.csv"))
                .withHeader("Authorization", equalTo(METTE))
                .willReturn(aResponse().withHeader("Content-Type", "text/csv").withBody(csv)));

        var response = mvc.perform(MockMvcRequestBuilders.get("/portal/rapporter/rapport.csv")
                        .contextPath("/portal")
                        .with(People.mette()))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("text/csv");
        assertThat(response.getHeader("Content-Disposition"))
                .isEqualTo("attachment; filename=\"rapport-ad-nordlys.csv\"");
        assertThat(response.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(csv);
    }

    @Test
    void showsThePortals404WhenSponsorServiceWillNotShowTheReport() {
        StandIns.SPONSOR.stubFor(get(urlPathEqualTo("/api/advertisers/ad-groenhave/report"))
                .willReturn(StandIns.problem(403, "{\"title\":\"Forbidden\",\"status\":403}")));

        var page = pages.get("/rapporter", People.jonas());

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.html().select("h1").text()).isEqualTo("Siden findes ikke");
    }
}
