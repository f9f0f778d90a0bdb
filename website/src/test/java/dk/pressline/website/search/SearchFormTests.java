package dk.pressline.website.search;

import static org.assertj.core.api.Assertions.assertThat;

import dk.pressline.website.content.SearchQuery.Order;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchFormTests {

    @Test
    void takesTheSortOrderWrittenWithOrWithoutTheDanishLetter() {
        assertThat(SearchForm.of("klima", null, null, null, "ældste", null).order())
                .isEqualTo(Order.OLDEST);
        assertThat(SearchForm.of("klima", null, null, null, "aeldste", null).order())
                .isEqualTo(Order.OLDEST);
        assertThat(SearchForm.of("klima", null, null, null, "nyeste", null).order())
                .isEqualTo(Order.NEWEST);
        assertThat(SearchForm.of("klima", null, null, null, "tilfældig", null).order())
                .isNull();
    }

    @Test
    void ignoresWhatSearchServiceWouldRefuseInsteadOfFailingThePage() {
        var form = SearchForm.of("  klima  ", List.of("klima", "Ikke Et Slug", "klima"), null, "podcast", null, 5000);

        assertThat(form.query()).isEqualTo("klima");
        assertThat(form.themes()).containsExactly("klima");
        assertThat(form.type()).isNull();
        assertThat(form.page()).isEqualTo(SearchForm.LAST_PAGE);
        assertThat(SearchForm.of(null, null, null, null, null, -3).page()).isEqualTo(1);
        assertThat(SearchForm.of("x".repeat(300), null, null, null, null, null).query())
                .hasSize(200);
    }

    @Test
    void linksThePagesAroundTheCurrentOneAndTheEnds() {
        var form = SearchForm.of("klima", List.of(), null, null, null, 10);

        assertThat(form.pageNumbers(30)).containsExactly(1, 8, 9, 10, 11, 12, 30);
        assertThat(form.pageUrl(11)).isEqualTo("/soeg?q=klima&side=11");
    }

    @Test
    void keepsAnyMatchingOnlyWhenMoreThanOneThemeIsTicked() {
        var any = SearchForm.of(null, List.of("klima", "energi"), "enhver", null, null, null);

        assertThat(any.allThemes()).isFalse();
        assertThat(any.pageUrl(2)).isEqualTo("/soeg?tema=klima&tema=energi&match=enhver&side=2");
        assertThat(SearchForm.of(null, List.of("klima"), "enhver", null, null, null)
                        .pageUrl(1))
                .isEqualTo("/soeg?tema=klima");
    }
}
