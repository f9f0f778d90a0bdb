package dk.pressline.search.articlepage;

import static org.assertj.core.api.Assertions.assertThat;

import dk.pressline.search.content.ContentItem;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RelatedContentFeedTests {

    @Test
    void putsASponsoredItemInEveryFourthSlotAtMost() {
        var feed = RelatedContentFeed.mix(editorial(10), sponsored(5), 8, 0.25);

        assertThat(kinds(feed)).isEqualTo("EEESEEES");
    }

    @Test
    void keepsTheShareWhenThereAreTooFewEditorialItemsToFillTheFeed() {
        assertThat(kinds(RelatedContentFeed.mix(editorial(2), sponsored(5), 8, 0.25)))
                .isEqualTo("EE");
        assertThat(kinds(RelatedContentFeed.mix(editorial(3), sponsored(5), 8, 0.25)))
                .isEqualTo("EEES");
        assertThat(kinds(RelatedContentFeed.mix(editorial(5), sponsored(5), 8, 0.25)))
                .isEqualTo("EEESEE");
    }

    @Test
    void followsAConfiguredShare() {
        assertThat(kinds(RelatedContentFeed.mix(editorial(10), sponsored(5), 6, 1.0 / 3)))
                .isEqualTo("EESEES");
        assertThat(kinds(RelatedContentFeed.mix(editorial(10), sponsored(5), 6, 0)))
                .isEqualTo("EEEEEE");
    }

    @Test
    void fillsTheFeedWithEditorialItemsWhenNothingIsSponsored() {
        assertThat(kinds(RelatedContentFeed.mix(editorial(10), List.of(), 8, 0.25)))
                .isEqualTo("EEEEEEEE");
    }

    private static String kinds(List<ContentItem> feed) {
        return feed.stream().map(item -> item.sponsored() == null ? "E" : "S").reduce("", String::concat);
    }

    private static List<ContentItem> editorial(int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> new ContentItem("e" + i, "article", "e" + i, null, null, null, null))
                .toList();
    }

    private static List<ContentItem> sponsored(int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> new ContentItem(
                        "s" + i,
                        "sponsored",
                        null,
                        null,
                        null,
                        null,
                        new ContentItem.Sponsor("Sponseret", "Annoncør " + i)))
                .toList();
    }
}
