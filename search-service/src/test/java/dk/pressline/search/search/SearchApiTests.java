package dk.pressline.search.search;

import static org.assertj.core.api.Assertions.assertThat;

import dk.pressline.events.PresslineEvent;
import dk.pressline.events.placement.Product;
import dk.pressline.search.Content;
import dk.pressline.search.ReaderApiTestBase;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/** Readers' search over a small Danish corpus, anonymously, through the HTTP API. */
class SearchApiTests extends ReaderApiTestBase {

    final Content.ArticleBuilder cities = Content.article("Københavns bæredygtige byer og klimaplanerne")
            .teaser("Hovedstaden vil være CO2-neutral.")
            .themes("klima", "byer")
            .section("indland")
            .publishedAt(Instant.parse("2026-11-20T07:00:00Z"));
    final Content.ArticleBuilder harbour = Content.article("Aarhus får ny klimaplan for havnen")
            .body("<p>Planen rummer vindmøller og &lt;grønne&gt; kajer.</p>")
            .themes("klima")
            .section("indland")
            .publishedAt(Instant.parse("2026-10-05T07:00:00Z"));
    final Content.ArticleBuilder farming = Content.article("Grøn omstilling i landbruget")
            .themes("landbrug")
            .section("erhverv")
            .publishedAt(Instant.parse("2026-09-10T07:00:00Z"));
    final Content.ArticleBuilder bridges = Content.article("Copenhagen opens new bike bridges")
            .language("en")
            .themes("byer")
            .section("english")
            .publishedAt(Instant.parse("2026-11-01T07:00:00Z"));
    final Content.PlacementBuilder summit = Content.placement(Product.EVENT_LISTING, "Klimatopmøde i Odense")
            .themes("klima")
            .event(java.time.LocalDate.now().plusDays(20), java.time.LocalTime.of(9, 0), "Odense");
    final Content.PlacementBuilder expired = Content.placement(Product.RELATED_FEED_ITEM, "Udløbet klimatilbud")
            .themes("klima")
            .flight(Instant.now().minus(Duration.ofDays(10)), Instant.now().minus(Duration.ofDays(1)));

    @Override
    protected List<PresslineEvent> corpus() {
        return List.of(
                cities.published(),
                harbour.published(),
                farming.published(),
                bridges.published(),
                summit.activated(),
                expired.activated());
    }

    @Test
    void findsDanishWordsHoweverTheyAreInflectedOrSpelledWithoutDanishLetters() {
        assertThat(headlines("q=københavn")).containsExactly(cities.snapshot().headline());
        assertThat(headlines("q=kobenhavn")).containsExactly(cities.snapshot().headline());
        assertThat(headlines("q=baeredygtig")).containsExactly(cities.snapshot().headline());
        assertThat(headlines("q=klimaplaner"))
                .containsExactlyInAnyOrder(
                        cities.snapshot().headline(), harbour.snapshot().headline());
    }

    @Test
    void findsTheCompoundsAWordBeginsAndWhatIsFiledUnderAThemeOfThatName() {
        assertThat(headlines("q=klima"))
                .containsExactlyInAnyOrder(
                        cities.snapshot().headline(), harbour.snapshot().headline(), "Klimatopmøde i Odense");
        assertThat(headlines("q=byer"))
                .containsExactlyInAnyOrder(
                        cities.snapshot().headline(), bridges.snapshot().headline());
        assertThat(headlines("q=klima+havnen"))
                .containsExactly(harbour.snapshot().headline());
    }

    @Test
    void forgivesATypo() {
        assertThat(headlines("q=klimaplna"))
                .contains(cities.snapshot().headline(), harbour.snapshot().headline());
        assertThat(headlines("q=landbruegt")).containsExactly(farming.snapshot().headline());
    }

    @Test
    void offersACorrectionWhenNothingMatches() {
        var results = search("q=hovnon");

        assertThat(results.get("totalItems").asLong()).isZero();
        assertThat(results.get("didYouMean").asString()).isEqualTo("havnen");
    }

    @Test
    void highlightsTheMatchingWordsAndEscapesTheRest() {
        var result = search("q=vindmølle").get("items").get(0);

        assertThat(result.get("highlights").get("body").get(0).asString())
                .contains("<em>vindmøller</em>")
                .contains("&lt;grønne&gt;");
    }

    @Test
    void countsTheFacetsAskedForOverTheWholeResult() {
        var facets = search("themes=klima&show-facets=all").get("facets");

        assertThat(facet(facets.get("types"), "article")).isEqualTo(2);
        assertThat(facet(facets.get("types"), "event")).isEqualTo(1);
        assertThat(facet(facets.get("themes"), "byer")).isEqualTo(1);
        assertThat(facet(facets.get("sections"), "indland")).isEqualTo(2);
        assertThat(facet(facets.get("months"), "2026-10")).isEqualTo(1);

        var typesOnly = search("themes=klima&show-facets=types").get("facets");
        assertThat(facet(typesOnly.get("types"), "article")).isEqualTo(2);
        assertThat(typesOnly.get("themes")).isEmpty();
        assertThat(search("themes=klima").get("facets").get("sections")).isEmpty();
    }

    @Test
    void filtersByAllOrAnyThemesSectionTypeLanguageAndDate() {
        assertThat(headlines("themes=klima,byer"))
                .containsExactly(cities.snapshot().headline());
        assertThat(headlines("themes=landbrug,byer&themes-match=any"))
                .containsExactlyInAnyOrder(
                        cities.snapshot().headline(),
                        farming.snapshot().headline(),
                        bridges.snapshot().headline());
        assertThat(headlines("section=erhverv"))
                .containsExactly(farming.snapshot().headline());
        assertThat(headlines("type=event"))
                .containsExactly(summit.snapshot().event().title());
        assertThat(headlines("language=en&type=article"))
                .containsExactly(bridges.snapshot().headline());
        assertThat(headlines("type=article&from-date=2026-10-01&to-date=2026-11-01"))
                .containsExactlyInAnyOrder(
                        harbour.snapshot().headline(), bridges.snapshot().headline());
    }

    @Test
    void ordersNewestOrOldestFirst() {
        assertThat(headlines("type=article&order-by=newest"))
                .containsExactly(
                        cities.snapshot().headline(),
                        bridges.snapshot().headline(),
                        harbour.snapshot().headline(),
                        farming.snapshot().headline());
        assertThat(headlines("type=article&order-by=oldest").getFirst())
                .isEqualTo(farming.snapshot().headline());
    }

    @Test
    void pagesThroughResultsInThePagedAnswerEveryListHas() {
        var second = search("type=article&order-by=newest&page=1&size=3");

        assertThat(second.get("page").asInt()).isOne();
        assertThat(second.get("size").asInt()).isEqualTo(3);
        assertThat(second.get("totalItems").asLong()).isEqualTo(4);
        assertThat(second.get("totalPages").asLong()).isEqualTo(2);
        assertThat(second.get("items").size()).isOne();
    }

    @Test
    void keepsReadingPageSizeAndSendingTheOldNamesForTheClientsThatUseThem() {
        var second = search("type=article&order-by=newest&page=1&page-size=3");

        assertThat(second.get("size").asInt()).isEqualTo(3);
        assertThat(second.get("pageSize").asInt()).isEqualTo(3);
        assertThat(second.get("total").asLong()).isEqualTo(4);
        assertThat(second.get("pages").asLong()).isEqualTo(2);
        assertThat(second.get("results")).isEqualTo(second.get("items"));
        assertRefused("/api/search?size=3&page-size=3", "page-size", "is the old name of size; give size only");
    }

    @Test
    void returnsTheFieldsAskedForAndAlwaysTheSponsorOfAPlacement() {
        var event = search("type=event&show-fields=headline").get("items").get(0);

        assertThat(event.get("fields").propertyNames()).containsExactly("headline");
        assertThat(event.get("sponsored").get("label").asString()).isEqualTo("Sponseret");
        assertThat(event.get("sponsored").get("advertiser").asString()).isEqualTo("Nordlys Energi A/S");
        assertThat(event.get("url").asString())
                .as("paid links go through the click redirect on the site")
                .isEqualTo(SITE_URL + "/r/" + summit.snapshot().bookingId());
    }

    @Test
    void neverShowsABookingWhoseFlightHasEnded() {
        assertThat(headlines("q=klimatilbud")).isEmpty();
        assertThat(headlines("type=sponsored")).isEmpty();
        assertThat(suggestions("udløb")).isEmpty();
    }

    @Test
    void suggestsHeadlinesForWhatHasBeenTypedSoFar() {
        assertThat(suggestions("klim"))
                .contains(
                        cities.snapshot().headline(),
                        harbour.snapshot().headline(),
                        summit.snapshot().event().title());
        assertThat(suggestions("grøn oms")).containsExactly(farming.snapshot().headline());
    }

    @Test
    void refusesBadParametersNamingTheParameterAndTheReason() {
        assertRefused("size=500", "size");
        assertRefused("order-by=popular", "order-by");
        assertRefused("type=podcast", "type");
        assertRefused("from-date=yesterday", "from-date");
        assertRefused("from-date=2026-11-02&to-date=2026-11-01", "to-date");
        assertRefused("show-fields=password", "show-fields");
        assertRefused("page=5000", "page");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            page=2147483647                    | page      | must be a whole number from 0 to 999 (
            page=2147483648                    | page      | must be a whole number from 0 to 999 (
            page=abc                           | page      | must be a whole number from 0 to 999 (
            page=-1                            | page      | must be a whole number from 0 to 999 (
            page=200&size=50                   | page      | must be a whole number from 0 to 199 (with size 50
            page=200&page-size=50              | page      | must be a whole number from 0 to 199 (with page-size 50
            size=abc                           | size      | must be a whole number from 1 to 50
            size=0                             | size      | must be a whole number from 1 to 50
            size=99999999999                   | size      | must be a whole number from 1 to 50
            page-size=abc                      | page-size | must be a whole number from 1 to 50
            """)
    void refusesPagesAndSizesOutOfRangeOrNotNumbersNamingTheRangeAllowed(
            String parameters, String field, String reason) {
        assertRefused("/api/search?" + parameters, field, reason);
    }

    @Test
    void refusesASuggestionCountOutOfRangeAndPagesUpToTheLastAllowed() {
        assertRefused(
                "/api/search/suggestions?q=klima&size=99999999999", "size", "must be a whole number from 1 to 10");
        assertThat(search("type=article&order-by=newest&page=999&size=10").get("items"))
                .isEmpty();
    }

    private void assertRefused(String parameters, String field) {
        assertRefused("/api/search?" + parameters, field, "");
    }

    private List<String> suggestions(String typed) {
        var response = api().get("/api/search/suggestions?q="
                + java.net.URLEncoder.encode(typed, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        var headlines = new ArrayList<String>();
        response.json()
                .forEach(suggestion -> headlines.add(suggestion.get("headline").asString()));
        return headlines;
    }

    private static long facet(JsonNode values, String value) {
        for (var entry : values) {
            if (entry.get("value").asString().equals(value)) {
                return entry.get("count").asLong();
            }
        }
        return 0;
    }
}
