package dk.pressline.website;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every page has: Danish, landmarks, one h1, a skip link, labelled inputs, strict security headers. */
class PageConventionsTests extends WebsiteTest {

    static final List<String> PAGES = List.of(
            "/",
            "/soeg?q=klima",
            "/artikel/klimaaftale-vedtaget",
            "/arrangementer",
            "/job",
            "/nyhedsbrev",
            "/nyhedsbrev/tjek-din-mail",
            "/nyhedsbrev/bekraeft?token=t",
            "/nyhedsbrev/indstillinger?token=t",
            "/nyhedsbrev/afmeld?token=t",
            "/findes-ikke");

    @BeforeEach
    void routes() {
        StandIns.SEARCH.stubFor(
                get(urlPathEqualTo("/api/search")).willReturn(okJson(ReaderApiFixtures.searchResults())));
        StandIns.SEARCH.stubFor(get(urlPathEqualTo("/api/search"))
                .withQueryParam("themes", equalTo("klima"))
                .atPriority(1)
                .willReturn(okJson(ReaderApiFixtures.latestArticles(
                        "klima",
                        "Klima",
                        "Klimaaftale vedtaget i nat",
                        "CO2-afgiften forklaret",
                        "Landbruget reagerer"))));
        StandIns.SEARCH.stubFor(get(urlPathEqualTo("/api/search"))
                .withQueryParam("themes", equalTo("groen-omstilling"))
                .atPriority(1)
                .willReturn(okJson(
                        ReaderApiFixtures.latestArticles("groen-omstilling", "Grøn omstilling", "Vindmøller på vej"))));
        StandIns.SEARCH.stubFor(get(urlPathEqualTo("/api/content/klimaaftale-vedtaget"))
                .willReturn(okJson(ReaderApiFixtures.articlePage())));
        StandIns.SEARCH.stubFor(get(urlPathEqualTo("/api/events")).willReturn(okJson(ReaderApiFixtures.events())));
        StandIns.SEARCH.stubFor(get(urlPathEqualTo("/api/jobs")).willReturn(okJson(ReaderApiFixtures.jobs())));
        var html = StandIns.html();
        StandIns.NOTIFICATION.stubFor(
                get(urlPathEqualTo("/api/subscriptions/confirm")).willReturn(html));
        StandIns.NOTIFICATION.stubFor(
                get(urlPathEqualTo("/api/subscriptions/unsubscribe")).willReturn(html));
        StandIns.NOTIFICATION.stubFor(get(urlPathEqualTo("/api/subscriptions/preferences"))
                .willReturn(okJson(ReaderApiFixtures.subscription("CONFIRMED", "t"))));
    }

    @Test
    void everyPageIsDanishWithLandmarksOneHeadingOneAndASkipLink() {
        for (var path : PAGES) {
            var html = pages.get(path).html();
            assertThat(html.select("html").attr("lang")).as(path).isEqualTo("da");
            assertThat(html.select("h1")).as(path).hasSize(1);
            assertThat(html.select("body > header, body > main, body > footer"))
                    .as(path)
                    .hasSize(3);
            assertThat(html.select("nav[aria-label]")).as(path).isNotEmpty();
            assertThat(html.select("a.skip-link").attr("href")).as(path).isEqualTo("#indhold");
            assertThat(html.select("main#indhold")).as(path).hasSize(1);
            assertThat(html.title()).as(path).endsWith("– Pressline");
        }
    }

    @Test
    void anUnknownPathIsTheDanishNotFoundPage() {
        var page = pages.get("/findes-ikke");

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.html().select("h1").text()).isEqualTo("Siden findes ikke");
    }

    @Test
    void everyInputHasALabel() {
        for (var path : PAGES) {
            var html = pages.get(path).html();
            for (var input : html.select("input:not([type=hidden]), select, textarea")) {
                assertThat(input.id()).as(path + " " + input).isNotEmpty();
                assertThat(html.select("label[for=" + input.id() + "]"))
                        .as(path + " #" + input.id())
                        .hasSize(1);
            }
        }
    }

    @Test
    void everyPageForbidsInlineScriptAndForeignSources() {
        for (var path : PAGES) {
            var page = pages.get(path);
            assertThat(page.header("Content-Security-Policy"))
                    .as(path)
                    .contains("default-src 'self'", "script-src 'self'", "img-src 'self' https:")
                    .doesNotContain("unsafe-inline");
            assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(page.html().select("script:not([src]), [style], [onclick], [onload]"))
                    .as(path)
                    .isEmpty();
        }
    }

    @Test
    void servesOneStylesheetAndOneScriptUnderContentHashedNamesCachedForAYear() {
        var html = pages.get("/job").html();
        var stylesheet = html.select("link[rel=stylesheet]").attr("href");
        var script = html.select("script[src]").attr("src");
        assertThat(html.select("link[rel=stylesheet]")).hasSize(1);
        assertThat(html.select("script[src]")).hasSize(1);
        assertThat(stylesheet).matches("/assets/site-[0-9a-f]{32}\\.css");
        assertThat(script).matches("/assets/site-[0-9a-f]{32}\\.js");

        var css = pages.get(stylesheet);

        assertThat(css.status()).isEqualTo(200);
        assertThat(css.header("Cache-Control")).contains("max-age=31536000");
        assertThat(pages.get(script).status()).isEqualTo(200);
    }

    @Test
    void theFrontPageShowsTheLatestArticlesOfTheThemesWithTheMostArticles() {
        var html = pages.get("/").html();

        var sections = html.select("section.theme");
        assertThat(sections.select("h2").eachText()).containsExactly("Klima", "Grøn omstilling");
        assertThat(sections.first().select("article h3 a").eachText())
                .containsExactly("Klimaaftale vedtaget i nat", "CO2-afgiften forklaret", "Landbruget reagerer");
        assertThat(sections.first().select("article h3 a").first().attr("href")).isEqualTo("/artikel/klima-0");
        assertThat(html.select(".newsletter-teaser a").attr("href")).isEqualTo("/nyhedsbrev");
        var latest = StandIns.SEARCH.findAll(getRequestedFor(urlPathEqualTo("/api/search"))).stream()
                .filter(request -> StandIns.query(request).contains("themes="))
                .toList();
        assertThat(latest).hasSize(2);
        assertThat(StandIns.query(latest.getFirst()))
                .contains("themes=klima", "type=article", "order-by=newest", "size=4");
    }

    @Test
    void theEventsPageListsOrganiserTitleDateTimeAndPlaceAndPassesTheFilterOn() {
        var html = pages.get("/arrangementer?sted=Aarhus&fra=2026-12-01&til=2026-12-31")
                .html();

        var event = html.select("ul.listing > li").first();
        assertThat(event.select("h2").text()).isEqualTo("Konference om cirkulær økonomi");
        assertThat(event.select("dd").eachText())
                .containsExactly("Dansk Industri", "3. december 2026", "kl. 09.30", "Aarhus");
        assertThat(event.select(".sponsor-label").text()).contains("Sponseret", "Dansk Industri");
        assertThat(event.select("h2 a").attr("rel")).isEqualTo("sponsored noopener");
        assertThat(html.select("input#sted").val()).isEqualTo("Aarhus");
        assertThat(html.select("a[rel=next]").attr("href"))
                .isEqualTo("/arrangementer?sted=Aarhus&fra=2026-12-01&til=2026-12-31&side=2");
        assertThat(StandIns.query(StandIns.SEARCH
                        .findAll(getRequestedFor(urlPathEqualTo("/api/events")))
                        .getFirst()))
                .isEqualTo("place=Aarhus&from=2026-12-01&to=2026-12-31&page=0&size=20");
    }

    @Test
    void theEventsPageRefusesAnEndDateBeforeTheStartDateNextToTheField() {
        var html = pages.get("/arrangementer?fra=2026-12-31&til=2026-12-01").html();

        assertThat(html.select("input#til").attr("aria-invalid")).isEqualTo("true");
        assertThat(html.select("#til-fejl").text()).isEqualTo("Slutdatoen skal ligge på eller efter startdatoen.");
        assertThat(StandIns.SEARCH.findAll(getRequestedFor(urlPathEqualTo("/api/events"))))
                .isEmpty();
    }

    @Test
    void theJobsPageListsEmployerPlaceAndDeadline() {
        var job = pages.get("/job").html().select("ul.listing > li").first();

        assertThat(job.select("h2").text()).isEqualTo("ESG-analytiker");
        assertThat(job.select("dd").eachText()).containsExactly("Nordbank", "København", "15. december 2026");
        assertThat(job.select("h2 a").attr("href"))
                .isEqualTo("http://localhost:8080/r/9c1d0000-0000-4000-8000-000000000002");
    }
}
