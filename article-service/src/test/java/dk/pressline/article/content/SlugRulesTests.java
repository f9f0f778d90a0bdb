package dk.pressline.article.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** How a headline becomes the article's address on the site. */
class SlugRulesTests {

    private static final UUID ARTICLE = UUID.fromString("3f2a9c1e-7b4d-4e2a-9c1e-7b4d4e2a9c1e");

    @Test
    void danishLettersAreSpelledOutAsAeOeAndAa() {
        assertThat(Slugs.fromHeadline("Københavns grønne tage")).isEqualTo("koebenhavns-groenne-tage");
        assertThat(Slugs.fromHeadline("Æbler, øl og åer")).isEqualTo("aebler-oel-og-aaer");
        assertThat(Slugs.fromHeadline("ÆBLER, ØL OG ÅER")).isEqualTo("aebler-oel-og-aaer");
    }

    @Test
    void otherAccentedLettersLoseTheirAccents() {
        assertThat(Slugs.fromHeadline("Café på Nørrebro får Michelin-stjerne"))
                .isEqualTo("cafe-paa-noerrebro-faar-michelin-stjerne");
        assertThat(Slugs.fromHeadline("Müller og Søren i Malmö")).isEqualTo("muller-og-soeren-i-malmo");
    }

    @Test
    void punctuationAndSpacesBecomeOneHyphenAndNoneIsLeftAtEitherEnd() {
        assertThat(Slugs.fromHeadline("Klima: Hvad nu?  (Del 2)!")).isEqualTo("klima-hvad-nu-del-2");
        assertThat(Slugs.fromHeadline("«Grønt» — 100 % & 2026…")).isEqualTo("groent-100-2026");
        assertThat(Slugs.fromHeadline("  --- CO2-afgift/moms ---  ")).isEqualTo("co2-afgift-moms");
    }

    @Test
    void aHeadlineWithNothingToSpellGetsTheSlugArtikel() {
        assertThat(Slugs.fromHeadline("?!")).isEqualTo("artikel");
        assertThat(Slugs.fromHeadline("")).isEqualTo("artikel");
        assertThat(Slugs.fromHeadline("東京")).isEqualTo("artikel");
    }

    @Test
    void aLongHeadlineIsCutToAtMost80CharactersAtTheEndOfAWholeWord() {
        var words = new ArrayList<String>();
        for (int i = 0; i < 30; i++) {
            words.add("klima");
        }
        var slug = Slugs.fromHeadline(String.join(" ", words));

        assertThat(slug).hasSizeLessThanOrEqualTo(80).endsWith("-klima").doesNotEndWith("-");
        assertThat(slug).isEqualTo(String.join("-", words.subList(0, 13)));
    }

    @Test
    void aSlugOfExactly80CharactersIsKeptWhole() {
        var headline = "a".repeat(39) + " " + "b".repeat(40);

        assertThat(Slugs.fromHeadline(headline))
                .isEqualTo("a".repeat(39) + "-" + "b".repeat(40))
                .hasSize(80);
    }

    @Test
    void oneWordLongerThan80CharactersIsCutAt80() {
        assertThat(Slugs.fromHeadline("x".repeat(120))).isEqualTo("x".repeat(80));
    }

    @Test
    void aSlugNoOtherArticleHoldsIsUsedAsItIs() {
        var asked = new ArrayList<String>();

        var slug = Slugs.fromHeadline("Grønne tage", ARTICLE, candidate -> asked.add(candidate) && false);

        assertThat(slug).isEqualTo("groenne-tage");
        assertThat(asked).containsExactly("groenne-tage");
    }

    @Test
    void aSlugAnotherArticleHoldsGetsTheStartOfThisArticlesIdAppended() {
        var slug = Slugs.fromHeadline("Grønne tage", ARTICLE, "groenne-tage"::equals);

        assertThat(slug).isEqualTo("groenne-tage-3f2a9c1e");
    }
}
