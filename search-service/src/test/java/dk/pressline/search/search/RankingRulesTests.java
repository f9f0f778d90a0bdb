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
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The ranking rules a newsroom signs, on the cases readers met on the demo. */
class RankingRulesTests extends ReaderApiTestBase {

    private static final Instant NOW = Instant.now();

    final Content.ArticleBuilder filedUnderKlima = Content.article("Nu skal borgerne sortere affald i ti fraktioner")
            .teaser("Nye spande i køkkenet.")
            .body("<p>Affaldet hentes hver anden uge.</p>")
            .section("klima")
            .themes("klima")
            .publishedAt(NOW.minus(Duration.ofHours(2)));
    final Content.ArticleBuilder klimaInTheHeadline = Content.article("Klimarådet: kommunen når ikke klimamålet")
            .teaser("Udledningen falder for langsomt.")
            .body("<p>Der mangler konkrete tiltag.</p>")
            .section("indland")
            .themes("politik")
            .publishedAt(NOW.minus(Duration.ofDays(60)));
    final Content.ArticleBuilder klimaInTheBody = Content.article("Borgmesteren vil have flere cykelstier")
            .teaser("Trafikken skal ned.")
            .body("<p>Cykelstierne er en del af kommunens klima-indsats.</p>")
            .section("indland")
            .themes("trafik")
            .publishedAt(NOW.minus(Duration.ofDays(30)));
    final Content.ArticleBuilder greenRoofs = Content.article("Grønne tage breder sig i byen")
            .teaser("Sedum på taget opsuger regnvandet.")
            .body("<p>Kommunen kræver grønne tage på nye huse.</p>")
            .section("byer")
            .themes("byer")
            .publishedAt(NOW.minus(Duration.ofDays(40)));
    final Content.PlacementBuilder greenRoofOffer = Content.placement(Product.SPONSORED_ARTICLE, "Grønne tage")
            .advertiser("ad-tag", "Tagpartner A/S")
            .themes("byer");
    final Content.ArticleBuilder oldExactHeadline = Content.article("Stormflod i Vejle")
            .teaser("Vandet stod en meter over normalen.")
            .body("<p>Beboerne blev evakueret.</p>")
            .section("indland")
            .themes("klima")
            .publishedAt(NOW.minus(Duration.ofDays(3 * 365)));
    final Content.ArticleBuilder recentMention = Content.article("Nyt dige skal beskytte byen")
            .teaser("Byrådet har besluttet at bygge.")
            .body("<p>Diget skal forhindre endnu en stormflod i Vejle.</p>")
            .section("indland")
            .themes("klima")
            .publishedAt(NOW.minus(Duration.ofDays(1)));

    /**
     * Ten articles with "skole" in the headline: plenty of results for the word as typed. Years old, so that being new
     * would lift what is only filed under Skov above them, were it added to a match on a taxonomy name alone.
     */
    final List<Content.ArticleBuilder> schools = IntStream.rangeClosed(1, ContentSearch.FEW)
            .mapToObj(number -> Content.article("Skole nummer " + number + " får nye lokaler")
                    .teaser("Eleverne flytter ind efter ferien.")
                    .body("<p>Byggeriet er færdigt.</p>")
                    .section("indland")
                    .themes("uddannelse")
                    .publishedAt(NOW.minus(Duration.ofDays(3 * 365 + number))))
            .toList();
    /** "skov", a typo away from "skole" as the Danish analysis stems it ("skol"). */
    final Content.ArticleBuilder forest = Content.article("Ny skov plantes ved motorvejen")
            .teaser("Træerne skal dæmpe støjen.")
            .body("<p>Plantningen begynder i marts.</p>")
            .section("indland")
            .themes("natur")
            .publishedAt(NOW.minus(Duration.ofDays(5)));

    /** Ten articles filed under the section "Skov" without the word in their text. */
    final List<Content.ArticleBuilder> filedUnderSkov = IntStream.rangeClosed(1, ContentSearch.FEW)
            .mapToObj(number -> Content.article("Vandløb nummer " + number + " får sine sving tilbage")
                    .teaser("Åen genslynges.")
                    .body("<p>Arbejdet tager et år.</p>")
                    .section("skov")
                    .themes("natur")
                    .publishedAt(NOW.minus(Duration.ofDays(number))))
            .toList();

    @Override
    protected List<PresslineEvent> corpus() {
        var corpus = new ArrayList<PresslineEvent>(List.of(
                filedUnderKlima.published(),
                klimaInTheHeadline.published(),
                klimaInTheBody.published(),
                greenRoofs.published(),
                greenRoofOffer.activated(),
                oldExactHeadline.published(),
                recentMention.published(),
                forest.published()));
        schools.forEach(school -> corpus.add(school.published()));
        filedUnderSkov.forEach(stream -> corpus.add(stream.published()));
        return corpus;
    }

    @Test
    void ranksWordsInTheHeadlineAboveTheBodyAndAMatchOnlyOnASectionOrThemeNameLast() {
        var headlines = headlines("q=klima");

        assertThat(headlines.subList(0, 2))
                .containsExactly(
                        klimaInTheHeadline.snapshot().headline(),
                        klimaInTheBody.snapshot().headline());
        assertThat(headlines.subList(2, headlines.size()))
                .as("filed under the section or theme Klima only")
                .containsExactlyInAnyOrder(
                        filedUnderKlima.snapshot().headline(),
                        oldExactHeadline.snapshot().headline(),
                        recentMention.snapshot().headline());
    }

    @Test
    void ranksTheEditorialArticleAboveASponsoredItemWithTheSameWordsAndLabelsTheSponsoredItem() {
        var items = search("q=grønne+tage").get("items");

        assertThat(items.get(0).get("fields").get("headline").asString())
                .isEqualTo(greenRoofs.snapshot().headline());
        assertThat(items.get(1).get("type").asString()).isEqualTo("sponsored");
        assertThat(items.get(1).get("sponsored").get("label").asString()).isEqualTo("Sponseret");
        assertThat(items.get(1).get("sponsored").get("advertiser").asString()).isEqualTo("Tagpartner A/S");
    }

    @Test
    void letsRecencyReorderButNeverBuryAnExactHeadlineMatch() {
        assertThat(headlines("q=stormflod+i+vejle"))
                .containsExactly(
                        oldExactHeadline.snapshot().headline(),
                        recentMention.snapshot().headline());
    }

    @Test
    void forgivesTyposOnlyWhenTheWordsAsTypedFindFewerThanTenResults() {
        assertThat(headlines("q=skole&size=20"))
                .as("ten schools found as typed: the forest a typo away is left out")
                .hasSize(ContentSearch.FEW)
                .doesNotContain(forest.snapshot().headline());
        var skov = headlines("q=skov&size=30");
        assertThat(skov)
                .as("one forest found as typed, ten filed under Skov not counting: the schools a typo away "
                        + "come after it, and what is only filed under Skov last, however new")
                .hasSize(1 + 2 * ContentSearch.FEW)
                .startsWith(forest.snapshot().headline());
        assertThat(skov.subList(1, 1 + ContentSearch.FEW))
                .containsExactlyInAnyOrderElementsOf(schools.stream()
                        .map(school -> school.snapshot().headline())
                        .toList());
    }

    @Test
    void highlightsTheCompoundsAWordBeginsInTheHeadline() {
        var first = search("q=klima").get("items").get(0);

        assertThat(first.get("highlights").get("headline").get(0).asString())
                .isEqualTo("<em>Klimarådet</em>: kommunen når ikke <em>klimamålet</em>");
    }
}
