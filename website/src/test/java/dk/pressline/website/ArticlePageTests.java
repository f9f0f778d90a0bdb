package dk.pressline.website;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ArticlePageTests extends WebsiteTest {

    @BeforeEach
    void routes() {
        StandIns.SEARCH.stubFor(get(urlPathEqualTo("/api/content/klimaaftale-vedtaget"))
                .willReturn(okJson(ReaderApiFixtures.articlePage())));
    }

    @Test
    void showsTheArticleWithBylineSignOffPhotoCreditAndThemes() {
        var page = pages.get("/artikel/klimaaftale-vedtaget");

        assertThat(page.status()).isEqualTo(200);
        var html = page.html();
        assertThat(html.select("h1").eachText()).containsExactly("Klimaaftale vedtaget i nat");
        assertThat(html.select("article .lead").text()).isEqualTo("Partierne blev enige om CO2-afgiften.");
        assertThat(html.select(".byline").text()).isEqualTo("Af Mette Holm, Jonas Berg (/ritzau/)");
        var image = html.select("figure.lead-image img").first();
        assertThat(image.attr("src")).isEqualTo("https://images.example.dk/christiansborg.jpg");
        assertThat(image.attr("alt")).isEqualTo("Politikere på trappen til Christiansborg");
        assertThat(html.select("figure.lead-image .credit").text()).isEqualTo("Foto: Ida Marie Odgaard");
        var themes = html.select("nav.themes a");
        assertThat(themes.eachText()).containsExactly("Klima", "Grøn omstilling");
        assertThat(themes.eachAttr("href")).containsExactly("/soeg?tema=klima", "/soeg?tema=groen-omstilling");
    }

    /** search-service counts a reader's impressions of the page's sponsored items as theirs, and a robot's as none. */
    @Test
    void asksForTheArticleOnBehalfOfTheReaderWithTheirAddressAndBrowser() {
        var browser = "Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0";

        assertThat(pages.getAs(browser, "203.0.113.7", "/artikel/klimaaftale-vedtaget")
                        .status())
                .isEqualTo(200);

        var asked = StandIns.SEARCH
                .findAll(getRequestedFor(urlPathEqualTo("/api/content/klimaaftale-vedtaget")))
                .getLast();
        assertThat(asked.getHeader("User-Agent")).isEqualTo(browser);
        assertThat(asked.getHeader("X-Forwarded-For")).isEqualTo("203.0.113.7");
    }

    @Test
    void showsPublishedAndUpdatedTimesInDanishTime() {
        var html = pages.get("/artikel/klimaaftale-vedtaget").html();

        var times = html.select("article .meta time");
        assertThat(times.eachText()).containsExactly("1. juli 2026 kl. 08.05", "1. juli 2026 kl. 11.30");
        assertThat(times.first().attr("datetime")).isEqualTo("2026-07-01T08:05:00+02:00");
    }

    @Test
    void showsTheCorrectionsAndNamesTheCanonicalUrl() {
        var html = pages.get("/artikel/klimaaftale-vedtaget").html();

        assertThat(html.select("section.corrections li").eachText())
                .containsExactly("1. juli 2026 kl. 12.00: Afgiften er 300 kr. pr. ton, ikke 3.000 kr.");
        assertThat(html.select("link[rel=canonical]").attr("href"))
                .isEqualTo("http://localhost:8080/artikel/klimaaftale-vedtaget");
    }

    @Test
    void marksAnEnglishArticleAsEnglishOnTheDanishPage() {
        StandIns.SEARCH.stubFor(get(urlPathEqualTo("/api/content/climate-deal"))
                .willReturn(
                        okJson(ReaderApiFixtures.articlePage().replace("\"language\":\"da\"", "\"language\":\"en\""))));

        var html = pages.get("/artikel/climate-deal").html();

        assertThat(html.select("html").attr("lang")).isEqualTo("da");
        assertThat(html.select("main article.article").attr("lang")).isEqualTo("en");
        assertThat(pages.get("/artikel/klimaaftale-vedtaget")
                        .html()
                        .select("main article.article")
                        .hasAttr("lang"))
                .isFalse();
    }

    @Test
    void redirectsArticleServicesCanonicalPathToTheArticlePage() {
        var page = pages.get("/artikler/klimaaftale-vedtaget");

        assertThat(page.status()).isEqualTo(301);
        assertThat(page.header("Location")).isEqualTo("/artikel/klimaaftale-vedtaget");
    }

    @Test
    void sanitisesTheBodyOnRender() {
        var body = pages.get("/artikel/klimaaftale-vedtaget")
                .html()
                .select("article .body")
                .first();

        assertThat(body.select("strong").text()).isEqualTo("historisk");
        assertThat(body.select("script")).isEmpty();
        assertThat(body.select("h1")).isEmpty();
        assertThat(body.select("[onerror]")).isEmpty();
        assertThat(body.select("a").attr("href")).doesNotContain("javascript");
    }

    @Test
    void labelsEverySponsoredItemWithSponseretAndTheAdvertiserAndLinksItThroughTheClickRedirect() {
        var html = pages.get("/artikel/klimaaftale-vedtaget").html();

        var related = html.select("section.related li");
        assertThat(related).hasSize(3);
        var sponsored = related.select(".sponsored");
        assertThat(sponsored).hasSize(2);
        assertThat(sponsored.get(0).select(".sponsor-label").text()).isEqualTo("Sponseret af Nordlys Energi");
        assertThat(sponsored.get(1).select(".sponsor-label").text()).isEqualTo("Sponseret af Revisorhuset · Annonce");
        assertThat(sponsored.select("a").eachAttr("href"))
                .containsExactly(
                        ReaderApiFixtures.CLICK_URL, "http://localhost:8080/r/7b0f6a52-4f1e-4c64-9a57-3f2b8d1c0e12");
        assertThat(sponsored.select("a").eachAttr("rel")).containsOnly("sponsored noopener");
        var editorial = related.first();
        assertThat(editorial.select("a").attr("href")).isEqualTo("/artikel/landbruget-reagerer");
        assertThat(editorial.select("a").hasAttr("rel")).isFalse();
        assertThat(html.select("section.read-also a").eachAttr("href"))
                .containsExactly("/artikel/co2-afgift-forklaret");
    }

    @Test
    void redirectsAnOldSlugPermanentlyToTheArticlesCurrentPage() {
        StandIns.SEARCH.stubFor(get(urlPathEqualTo("/api/content/klimaaftale-paa-vej"))
                .willReturn(aResponse().withStatus(301).withHeader("Location", "/api/content/klimaaftale-vedtaget")));

        var page = pages.get("/artikel/klimaaftale-paa-vej");

        assertThat(page.status()).isEqualTo(301);
        assertThat(page.header("Location")).isEqualTo("/artikel/klimaaftale-vedtaget");
    }

    @Test
    void answersAnUnknownSlugWithTheDanishNotFoundPage() {
        var page = pages.get("/artikel/findes-ikke");

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.html().select("h1").text()).isEqualTo("Siden findes ikke");
        assertThat(page.html().select("html").attr("lang")).isEqualTo("da");
    }
}
