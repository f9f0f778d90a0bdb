package dk.pressline.search.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.pressline.platform.web.InvalidInputException;
import dk.pressline.search.content.ContentFields;
import dk.pressline.search.search.SearchCriteria.Facet;
import dk.pressline.search.search.SearchCriteria.OrderBy;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How a reader's search parameters are read: defaults, tidying, and a refusal naming the parameter at fault. */
class SearchCriteriaRulesTests {

    @Test
    void withoutParametersEverythingIsListedNewestFirstTenToAPage() {
        var criteria = search();

        assertThat(criteria.query()).isNull();
        assertThat(criteria.themes()).isEmpty();
        assertThat(criteria.allThemes()).isTrue();
        assertThat(criteria.section()).isNull();
        assertThat(criteria.types()).isEmpty();
        assertThat(criteria.language()).isNull();
        assertThat(criteria.fromDate()).isNull();
        assertThat(criteria.toDate()).isNull();
        assertThat(criteria.orderBy()).isEqualTo(OrderBy.NEWEST);
        assertThat(criteria.page()).isZero();
        assertThat(criteria.size()).isEqualTo(10);
        assertThat(criteria.fields()).isEqualTo(ContentFields.DEFAULT);
    }

    @Test
    void wordsAreTrimmedAndOrderResultsByRelevance() {
        var criteria = search("q", "  grønne tage ");

        assertThat(criteria.query()).isEqualTo("grønne tage");
        assertThat(criteria.orderBy()).isEqualTo(OrderBy.RELEVANCE);
    }

    @Test
    void blankWordsAreNoWords() {
        assertThat(search("q", "   ").query()).isNull();
        assertThat(search("q", "   ").orderBy()).isEqualTo(OrderBy.NEWEST);
    }

    @Test
    void wordsOfMoreThan200CharactersAreRefused() {
        assertThat(search("q", "a".repeat(200)).query()).hasSize(200);
        assertRefused("q", "must be at most 200 characters", "q", "a".repeat(201));
    }

    @Test
    void anOrderGivenIsKeptWhateverTheWords() {
        assertThat(search("order-by", "oldest", "q", "klima").orderBy()).isEqualTo(OrderBy.OLDEST);
        assertThat(search("order-by", "relevance").orderBy()).isEqualTo(OrderBy.RELEVANCE);
        assertThat(search("order-by", "newest", "q", "klima").orderBy()).isEqualTo(OrderBy.NEWEST);
    }

    @Test
    void anUnknownOrderIsRefusedListingTheOrdersThereAre() {
        assertRefused("order-by", "must be one of relevance, newest, oldest", "order-by", "popular");
        assertRefused("order-by", "must be one of relevance, newest, oldest", "order-by", "NEWEST");
    }

    @Test
    void themesAreTrimmedWithEmptyOnesAndRepeatsLeftOut() {
        assertThat(search("themes", " klima, energi,,klima ,").themes()).containsExactly("klima", "energi");
    }

    @Test
    void aResultMustCarryAllThemesUnlessAnyOneIsAskedFor() {
        assertThat(search("themes-match", "all").allThemes()).isTrue();
        assertThat(search("themes-match", "any").allThemes()).isFalse();
        assertRefused("themes-match", "must be one of all, any", "themes-match", "some");
    }

    @Test
    void typesAreReadFromACommaSeparatedListOfTheKnownTypes() {
        assertThat(search("type", "article, event,article").types()).containsExactly("article", "event");
        assertRefused(
                "type",
                "unknown type 'video'; known types are article, event, job, sponsored",
                "type",
                "article,video");
    }

    @Test
    void aSectionIsTrimmedAndABlankOneIsNone() {
        assertThat(search("section", " klima ").section()).isEqualTo("klima");
        assertThat(search("section", " ").section()).isNull();
    }

    @Test
    void aLanguageIsATwoLetterLowerCaseCode() {
        assertThat(search("language", "da").language()).isEqualTo("da");
        assertRefused("language", "must be a two-letter language code such as da or en", "language", "dan");
        assertRefused("language", "must be a two-letter language code such as da or en", "language", "DA");
    }

    @Test
    void datesAreIsoDaysAndTheLastMayBeTheFirst() {
        var criteria = search("from-date", "2026-11-27", "to-date", "2026-11-27");

        assertThat(criteria.fromDate()).isEqualTo(LocalDate.parse("2026-11-27"));
        assertThat(criteria.toDate()).isEqualTo(LocalDate.parse("2026-11-27"));
    }

    @Test
    void aDateInAnotherFormIsRefusedNamingItsParameter() {
        assertRefused("from-date", "must be a date such as 2026-11-27", "from-date", "27-11-2026");
        assertRefused("to-date", "must be a date such as 2026-11-27", "to-date", "2026-02-30");
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRefused() {
        assertRefused("to-date", "must not be before from-date", "from-date", "2026-11-27", "to-date", "2026-11-26");
    }

    @Test
    void aPageHoldsOneTo50Results() {
        assertThat(search("size", "1").size()).isEqualTo(1);
        assertThat(search("size", "50").size()).isEqualTo(50);
        assertThat(search("size", " 007 ").size()).isEqualTo(7);
        assertRefused("size", "must be a whole number from 1 to 50", "size", "0");
        assertRefused("size", "must be a whole number from 1 to 50", "size", "51");
        assertRefused("size", "must be a whole number from 1 to 50", "size", "ti");
        assertRefused("size", "must be a whole number from 1 to 50", "size", "-5");
    }

    @Test
    void aNumberTooLargeForAnIntIsRefusedNotOverflowed() {
        assertRefused("size", "must be a whole number from 1 to 50", "size", "4294967306");
        assertRefused(
                "page",
                "must be a whole number from 0 to 999 (with size 10: only the first 10000 results "
                        + "can be paged through)",
                "page",
                "99999999999999999999");
    }

    @Test
    void theOldNameOfSizeIsStillReadButNotBesideTheNewOne() {
        assertThat(search("page-size", "20").size()).isEqualTo(20);
        assertRefused("page-size", "must be a whole number from 1 to 50", "page-size", "60");
        assertRefused("page-size", "is the old name of size; give size only", "size", "20", "page-size", "20");
    }

    @Test
    void onlyPagesWithinTheFirst10000ResultsCanBeAskedFor() {
        assertThat(search("size", "50", "page", "199").page()).isEqualTo(199);
        assertRefused(
                "page",
                "must be a whole number from 0 to 199 (with size 50: only the first 10000 results "
                        + "can be paged through)",
                "size",
                "50",
                "page",
                "200");
        assertRefused(
                "page",
                "must be a whole number from 0 to 499 (with page-size 20: only the first 10000 "
                        + "results can be paged through)",
                "page-size",
                "20",
                "page",
                "500");
    }

    @Test
    void theFieldsShownAreTheOnesAskedForOrAll() {
        assertThat(search("show-fields", "headline, byline").fields()).containsExactly("headline", "byline");
        assertThat(search("show-fields", "all").fields()).isEqualTo(ContentFields.ALL);
        assertThat(ContentFields.ALL).contains("body", "corrections", "readAlso");
    }

    @Test
    void anUnknownFieldIsRefusedListingTheFieldsThereAre() {
        assertThatThrownBy(() -> search("show-fields", "headline,secret"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageStartingWith("show-fields: unknown field 'secret'; known fields are headline, teaser, body")
                .hasMessageEndingWith(", or all");
    }

    @Test
    void countsByNoFacetUnlessAskedAndNamesTheFacetsItKnows() {
        assertThat(search("q", "klima").facets()).isEmpty();
        assertThat(search("show-facets", "themes, types").facets())
                .containsExactlyInAnyOrder(Facet.THEMES, Facet.TYPES);
        assertThat(search("show-facets", "all").facets()).containsExactlyInAnyOrder(Facet.values());
        assertRefused(
                "show-facets",
                "unknown facet 'authors'; known facets are themes, sections, types, months, or all",
                "show-facets",
                "themes,authors");
    }

    /** Parses the parameters given as name and value pairs, as the reader API receives them. */
    private static SearchCriteria search(String... namesAndValues) {
        Map<String, String> parameters = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            parameters.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return SearchCriteria.parse(
                parameters.get("q"),
                parameters.get("themes"),
                parameters.get("themes-match"),
                parameters.get("section"),
                parameters.get("type"),
                parameters.get("language"),
                parameters.get("from-date"),
                parameters.get("to-date"),
                parameters.get("order-by"),
                parameters.get("page"),
                parameters.get("size"),
                parameters.get("page-size"),
                parameters.get("show-fields"),
                parameters.get("show-facets"));
    }

    private static void assertRefused(String parameter, String reason, String... namesAndValues) {
        assertThatThrownBy(() -> search(namesAndValues))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage(parameter + ": " + reason);
    }
}
