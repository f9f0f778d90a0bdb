package dk.pressline.portal;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** What every page has: Danish, one h1, a skip link to main, a label on every input, a strict CSP, nothing inline. */
class PageConventionsTests extends PortalTest {

    private record Visit(String path, RequestPostProcessor person) {}

    private static final List<Visit> PAGES = List.of(
            new Visit("/", People.mette()),
            new Visit("/bookinger", People.mette()),
            new Visit("/bookinger/b1", People.mette()),
            new Visit("/bookinger/b1/annuller", People.mette()),
            new Visit("/bookinger/ny", People.mette()),
            new Visit("/kalender?maaned=2026-12", People.mette()),
            new Visit("/rapporter", People.mette()),
            new Visit("/salg/godkendelser", People.sales()),
            new Visit("/salg/annoncoerer", People.sales()),
            new Visit("/salg/priser", People.sales()),
            new Visit("/findes-ikke", People.mette()));

    @BeforeEach
    void everythingAnswers() {
        var booking = SponsorApiFixtures.booking("b1", "REQUESTED", 30, null);
        StandIns.SPONSOR.stubFor(
                get(urlPathEqualTo("/api/bookings")).willReturn(okJson(SponsorApiFixtures.page(booking))));
        StandIns.SPONSOR.stubFor(get(urlPathEqualTo("/api/bookings/b1")).willReturn(okJson(booking)));
        StandIns.SPONSOR.stubFor(
                get(urlPathEqualTo("/api/advertisers/ad-nordlys")).willReturn(okJson(SponsorApiFixtures.nordlys())));
        StandIns.SPONSOR.stubFor(get(urlPathEqualTo("/api/advertisers"))
                .willReturn(
                        okJson("{\"items\": [], \"page\": 0, \"size\": 50, \"totalItems\": 0, \"totalPages\": 0}")));
        StandIns.SPONSOR.stubFor(get(urlPathEqualTo("/api/prices")).willReturn(okJson("[]")));
        StandIns.SPONSOR.stubFor(get(urlPathEqualTo("/api/availability")).willReturn(okJson("""
                {"product": "NEWSLETTER_SPONSOR", "exclusive": true, "from": "2026-12-01", "to": "2026-12-31",
                 "taken": [], "free": []}
                """)));
        StandIns.SPONSOR.stubFor(
                get(urlPathEqualTo("/api/advertisers/ad-nordlys/report")).willReturn(okJson("""
                {"advertiserId": "ad-nordlys", "advertiserName": "Nordlys Energi",
                 "totals": {"impressions": 0, "clicks": 0, "ctr": null}, "bookings": []}
                """)));
    }

    @Test
    void everyPageIsDanishWithOneHeadingASkipLinkAndLabelledInputs() {
        for (var visit : PAGES) {
            var page = pages.get(visit.path(), visit.person());
            var html = page.html();

            assertThat(page.status()).as(visit.path()).isIn(200, 404);
            assertThat(html.select("html").attr("lang")).as(visit.path()).isEqualTo("da");
            assertThat(html.select("h1")).as(visit.path()).hasSize(1);
            assertThat(html.select("a.skip-link").attr("href")).as(visit.path()).isEqualTo("#indhold");
            assertThat(html.select("main#indhold")).as(visit.path()).hasSize(1);
            html.select("input:not([type=hidden]), select, textarea")
                    .forEach(input -> assertThat(html.select("label[for=" + input.id() + "]"))
                            .as(visit.path() + " label for " + input.attr("name"))
                            .hasSize(1));
            assertThat(html.select("script:not([src]), [style], [onclick], [onload]"))
                    .as(visit.path())
                    .isEmpty();
        }
    }

    @Test
    void sendsAStrictContentSecurityPolicyThatLetsSignOutReachTheIssuer() {
        var page = pages.get("/", People.mette());

        assertThat(page.headers().get("Content-Security-Policy"))
                .contains("script-src 'self'", "style-src 'self'", "img-src 'self' https:", "frame-ancestors 'none'")
                .contains("form-action 'self' " + StandIns.issuer() + ";")
                .doesNotContain("unsafe-inline");
        assertThat(page.headers().get("X-Content-Type-Options")).isEqualTo("nosniff");
    }
}
