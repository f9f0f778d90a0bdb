package dk.pressline.website.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.web.util.UriComponentsBuilder;

class SearchQueryTests {

    @Test
    void asksForTheLatestArticlesOfAThemeInSearchServicesTerms() {
        var query = SearchQuery.articles().newestFirst().inTheme("klima").page(0, 4);

        assertThat(parametersOf(query))
                .isEqualTo("themes=klima&themes-match=all&type=article&order-by=newest&page=0&size=4");
    }

    @Test
    void sendsNeitherWordsNorThemesNorOrderItWasNotGiven() {
        assertThat(parametersOf(SearchQuery.everything())).isEqualTo("page=0&size=" + SearchQuery.DEFAULT_SIZE);
        assertThat(parametersOf(SearchQuery.everything()
                        .matching("  ")
                        .inAnyTheme(List.of())
                        .orderedBy(null)))
                .isEqualTo("page=0&size=" + SearchQuery.DEFAULT_SIZE);
    }

    @Test
    void asksForAnyOfSeveralThemesWhenToldTo() {
        var query = SearchQuery.everything()
                .matching("klima & co2")
                .inAnyTheme(List.of("klima", "energi"))
                .orderedBy(SearchQuery.Order.OLDEST)
                .page(2, 10);

        assertThat(parametersOf(query))
                .isEqualTo("q=klima%20%26%20co2&themes=klima%2Cenergi&themes-match=any&order-by=oldest&page=2&size=10");
    }

    @Test
    void asksSearchServiceToCountOnlyTheFacetsThePageShows() {
        assertThat(parametersOf(SearchQuery.everything().matching("klima").countedBy("themes", "types")))
                .isEqualTo("q=klima&page=0&size=" + SearchQuery.DEFAULT_SIZE + "&show-facets=themes%2Ctypes");
    }

    private static String parametersOf(SearchQuery query) {
        return query.parameters().build(UriComponentsBuilder.newInstance()).getRawQuery();
    }
}
