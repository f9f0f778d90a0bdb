package dk.pressline.website;

import static org.assertj.core.api.Assertions.assertThat;

import dk.pressline.website.content.ArticlePage;
import dk.pressline.website.content.ContentItem;
import dk.pressline.website.content.Listing;
import dk.pressline.website.content.SearchResults;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The website's records read search-service's answers typed, and tolerate what it adds: a mapper that fails on
 * unknown properties shows that the records themselves ignore them, whatever the application's mapper does.
 */
class ReaderJsonTests {

    private final JsonMapper json = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    @Test
    void readsAnArticlePagesFieldsAsDatesNamesAndRecords() {
        var article = json.readValue(ReaderApiFixtures.articlePage(), ArticlePage.class)
                .article()
                .fields();

        assertThat(article.headline()).isEqualTo("Klimaaftale vedtaget i nat");
        assertThat(article.authors()).containsExactly("Mette Holm", "Jonas Berg");
        assertThat(article.publishedAt()).isEqualTo(Instant.parse("2026-07-01T06:05:00Z"));
        assertThat(article.wasUpdated()).isTrue();
        assertThat(article.leadImage().credit()).isEqualTo("Foto: Ida Marie Odgaard");
        assertThat(article.section()).isEqualTo(new ContentItem.Section("nyheder", "Nyheder"));
        assertThat(article.themes()).extracting(ContentItem.Theme::name).containsExactly("Klima", "Grøn omstilling");
        assertThat(article.corrections())
                .singleElement()
                .extracting(ContentItem.Correction::correctedAt)
                .isEqualTo(Instant.parse("2026-07-01T10:00:00Z"));
    }

    @Test
    void readsAnEventsDayAndStartingTime() {
        var event = json.readValue(ReaderApiFixtures.events(), Listing.class)
                .items()
                .getFirst()
                .fields()
                .event();

        assertThat(event.date()).isEqualTo(LocalDate.of(2026, 12, 3));
        assertThat(event.startTime()).isEqualTo(LocalTime.of(9, 30));
    }

    @Test
    void readsTheSearchAnswersPagingByItsCurrentNames() {
        var results = json.readValue(ReaderApiFixtures.searchResults(), SearchResults.class);

        assertThat(results.items())
                .extracting(ContentItem::id)
                .containsExactly("5d7c3e1a-1111-4c1e-9a57-000000000001", "7b0f6a52-4f1e-4c64-9a57-3f2b8d1c0e11");
        assertThat(results.page()).isEqualTo(1);
        assertThat(results.size()).isEqualTo(10);
        assertThat(results.totalItems()).isEqualTo(23);
        assertThat(results.totalPages()).isEqualTo(3);
        assertThat(results.items().get(1).sponsored().advertiser()).isEqualTo("Nordlys Energi");
    }

    @Test
    void ignoresFieldsSearchServiceAddsAtAnyLevel() {
        var results = json.readValue("""
                {"items":[{"id":"a-1","type":"article","slug":"ny","score":1.5,
                   "fields":{"headline":"Ny","podcast":{"url":"x"},"byline":[{"name":"Ida","role":"redaktør"}],
                     "themes":[{"slug":"klima","colour":"green"}],"leadImage":{"url":"u","width":800},
                     "section":{"slug":"nyheder","path":"/nyheder"},"corrections":[{"note":"n","by":"x"}],
                     "event":{"title":"t","online":true},"job":{"title":"t","salary":"høj"}},
                   "sponsored":{"label":"Sponseret","advertiser":"A","advertiserId":"42"}}],
                 "page":0,"size":10,"totalItems":1,"totalPages":1,"tookMs":3,
                 "facets":{"themes":[{"value":"klima","count":1,"share":1.0}],"authors":[]}}
                """, SearchResults.class);

        assertThat(results.items())
                .singleElement()
                .extracting(item -> item.fields().headline())
                .isEqualTo("Ny");
        assertThat(results.facets().themes())
                .singleElement()
                .extracting(SearchResults.FacetValue::count)
                .isEqualTo(1L);
    }
}
