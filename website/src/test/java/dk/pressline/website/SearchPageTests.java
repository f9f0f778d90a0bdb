package dk.pressline.website;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SearchPageTests extends WebsiteTest {

    @Test
    void passesTheReadersSearchOnToSearchServiceInItsOwnTerms() {
        StandIns.SEARCH.stubFor(
                get(urlPathEqualTo("/api/search")).willReturn(okJson(ReaderApiFixtures.searchResults())));

        var page = pages.get("/soeg?q=klima+%26+co2&tema=klima&tema=groen-omstilling&match=enhver&type=article"
                + "&sortering=nyeste&side=2");

        assertThat(page.status()).isEqualTo(200);
        var query = URLDecoder.decode(
                StandIns.query(StandIns.SEARCH
                        .findAll(getRequestedFor(urlPathEqualTo("/api/search")))
                        .getFirst()),
                StandardCharsets.UTF_8);
        assertThat(query)
                .contains(
                        "q=klima & co2",
                        "themes=klima,groen-omstilling",
                        "themes-match=any",
                        "type=article",
                        "order-by=newest",
                        "page=1",
                        "size=10");
    }

    @Test
    void showsHitsWithOnlyTheMatchesMarkedAndEveryOtherTagAsText() {
        StandIns.SEARCH.stubFor(
                get(urlPathEqualTo("/api/search")).willReturn(okJson(ReaderApiFixtures.searchResults())));

        var html = pages.get("/soeg?q=klima").html();

        var first = html.select("ol.result-list > li").first();
        assertThat(first.select("h3 a").attr("href")).isEqualTo("/artikel/klimaaftale-vedtaget");
        assertThat(first.select("h3 mark").text()).isEqualTo("Klimaaftale");
        var snippet = first.select("p.snippet").first();
        assertThat(snippet.select("mark").eachText()).containsExactly("klima");
        assertThat(snippet.select("script")).isEmpty();
        assertThat(snippet.text()).isEqualTo("Aftalen <script>alert(1)</script> sætter klima først & fremmest");
        assertThat(html.select("script:not([src])")).isEmpty();
    }

    @Test
    void labelsASponsoredHitAndLinksItThroughTheClickRedirect() {
        StandIns.SEARCH.stubFor(
                get(urlPathEqualTo("/api/search")).willReturn(okJson(ReaderApiFixtures.searchResults())));

        var html = pages.get("/soeg?q=klima").html();

        var sponsored = html.select("ol.result-list > li").get(1);
        assertThat(sponsored.select(".sponsor-label").text()).contains("Sponseret", "Nordlys Energi");
        var link = sponsored.select("h3 a").first();
        assertThat(link.attr("href")).isEqualTo(ReaderApiFixtures.CLICK_URL);
        assertThat(link.attr("rel")).isEqualTo("sponsored noopener");
    }

    @Test
    void showsThemeFacetsWithCountsAsCheckboxesKeepingTheReadersChoice() {
        StandIns.SEARCH.stubFor(
                get(urlPathEqualTo("/api/search")).willReturn(okJson(ReaderApiFixtures.searchResults())));

        var html = pages.get("/soeg?q=klima&tema=klima").html();

        var themes = html.select("fieldset:has(legend:contains(Temaer)) li");
        assertThat(themes.eachText()).containsExactly("Klima (15)", "Grøn omstilling (8)");
        assertThat(themes.select("input[type=checkbox][name=tema]").eachAttr("value"))
                .containsExactly("klima", "groen-omstilling");
        assertThat(html.select("input[name=tema][value=klima]").hasAttr("checked"))
                .isTrue();
        assertThat(html.select("input[name=tema][value=groen-omstilling]").hasAttr("checked"))
                .isFalse();
        var typeLabels =
                html.select("fieldset:has(legend:contains(Indhold)) label").eachText();
        assertThat(typeLabels).contains("Artikler (20)", "Sponseret (3)");
        for (var input : html.select("main input:not([type=hidden]), main select")) {
            assertThat(html.select("label[for=" + input.id() + "]"))
                    .as(input.id())
                    .isNotEmpty();
        }
    }

    @Test
    void namesAThemeFacetByTheNameAnyEarlierArticleGaveIt() {
        StandIns.SEARCH.stubFor(get(urlPathEqualTo("/api/search"))
                .willReturn(okJson(ReaderApiFixtures.onlyThemeFacet("baeredygtig-finans", 4))));
        assertThat(pages.get("/soeg?q=obligationer")
                        .html()
                        .select("label[for=tema-0]")
                        .text())
                .isEqualTo("Baeredygtig finans (4)");
        StandIns.SEARCH.stubFor(get(urlPathEqualTo("/api/search"))
                .willReturn(okJson(ReaderApiFixtures.latestArticles(
                        "baeredygtig-finans", "Bæredygtig finans", "Grønne obligationer sælger"))));
        pages.get("/soeg?tema=baeredygtig-finans");
        StandIns.SEARCH.stubFor(get(urlPathEqualTo("/api/search"))
                .willReturn(okJson(ReaderApiFixtures.onlyThemeFacet("baeredygtig-finans", 4))));

        var named = pages.get("/soeg?q=obligationer")
                .html()
                .select("label[for=tema-0]")
                .text();

        assertThat(named).isEqualTo("Bæredygtig finans (4)");
    }

    @Test
    void announcesTheResultCountAndLinksTheOtherPagesOfTheSameSearch() {
        StandIns.SEARCH.stubFor(
                get(urlPathEqualTo("/api/search")).willReturn(okJson(ReaderApiFixtures.searchResults())));

        var html = pages.get("/soeg?q=klima&tema=klima&sortering=nyeste&side=2").html();

        var count = html.select("#resultat-antal").first();
        assertThat(count.attr("role")).isEqualTo("status");
        assertThat(count.attr("aria-live")).isEqualTo("polite");
        assertThat(count.text()).isEqualTo("23 resultater for »klima«, side 2 af 3");
        var pagination = html.select("nav.pagination[aria-label=Sider]");
        assertThat(pagination.select("a[aria-current=page]").text()).isEqualTo("2");
        assertThat(pagination.select("a[rel=prev]").attr("href"))
                .isEqualTo("/soeg?q=klima&tema=klima&sortering=nyeste");
        assertThat(pagination.select("a[rel=next]").attr("href"))
                .isEqualTo("/soeg?q=klima&tema=klima&sortering=nyeste&side=3");
    }

    @Test
    void saysAtLeastTenThousandWhenSearchServiceStoppedCountingThere() {
        StandIns.SEARCH.stubFor(
                get(urlPathEqualTo("/api/search")).willReturn(okJson(ReaderApiFixtures.moreResultsThanCounted())));

        var html = pages.get("/soeg?q=og").html();

        assertThat(html.select("#resultat-antal").text())
                .isEqualTo("mindst 10.000 resultater for »og«, side 1 af 1000");
    }

    @Test
    void offersTheCorrectionWhenNothingMatched() {
        StandIns.SEARCH.stubFor(
                get(urlPathEqualTo("/api/search")).willReturn(okJson(ReaderApiFixtures.noResults("klima"))));

        var html = pages.get("/soeg?q=klimma").html();

        assertThat(html.select("#resultat-antal").text()).isEqualTo("0 resultater for »klimma«");
        var didYouMean = html.select(".did-you-mean").first();
        assertThat(didYouMean.text()).isEqualTo("Mente du klima?");
        assertThat(didYouMean.select("a").attr("href")).isEqualTo("/soeg?q=klima");
    }

    @Test
    void proposesHeadlinesWhileTheReaderTypesThroughItsOwnProxy() {
        StandIns.SEARCH.stubFor(get(urlPathEqualTo("/api/search/suggestions")).willReturn(okJson("""
                [{"id":"5d7c3e1a-1111-4c1e-9a57-000000000001","type":"article","slug":"klimaaftale-vedtaget",
                  "headline":"Klimaaftale vedtaget i nat"},
                 {"id":"7b0f6a52-4f1e-4c64-9a57-3f2b8d1c0e11","type":"event","headline":"Klimakonference"}]
                """)));

        var response = pages.get("/soeg/forslag?q=klim");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("application/json");
        assertThat(response.body())
                .isEqualTo(
                        "[{\"headline\":\"Klimaaftale vedtaget i nat\","
                                + "\"url\":\"/artikel/klimaaftale-vedtaget\"},{\"headline\":\"Klimakonference\",\"url\":null}]");
        assertThat(StandIns.query(StandIns.SEARCH
                        .findAll(getRequestedFor(urlPathEqualTo("/api/search/suggestions")))
                        .getFirst()))
                .isEqualTo("q=klim");
    }

    @Test
    void asksNothingForAnEmptySuggestionQuery() {
        var response = pages.get("/soeg/forslag?q=%20");

        assertThat(response.body()).isEqualTo("[]");
        assertThat(StandIns.SEARCH.getAllServeEvents()).isEmpty();
    }
}
