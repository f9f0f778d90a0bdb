package dk.pressline.search.search;

import static org.assertj.core.api.Assertions.assertThat;

import dk.pressline.search.content.ContentItem;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where sponsored items may stand among the first results, by the default rules and by configured ones. */
class SponsoredPlacementTests {

    private final SponsoredPlacement byDefault = new SponsoredPlacement(new SponsoredPlacementProperties(null, null));

    @Test
    void movesTheBestEditorialMatchAboveASponsoredItemRankedFirst() {
        assertThat(ids(byDefault.arrange(items("s1", "a1", "a2", "a3")))).containsExactly("a1", "s1", "a2", "a3");
    }

    @Test
    void keepsAtMostOneSponsoredItemInTheTopThreeAndTheRestInTheirOrderBelow() {
        assertThat(ids(byDefault.arrange(items("s1", "s2", "s3", "a1", "e1", "a2"))))
                .containsExactly("a1", "s1", "e1", "s2", "s3", "a2");
    }

    @Test
    void putsASponsoredItemFirstOnlyWhenNothingEditorialMatches() {
        assertThat(ids(byDefault.arrange(items("s1", "s2")))).containsExactly("s1", "s2");
        assertThat(ids(byDefault.arrange(items("s1", "s2", "j1")))).containsExactly("j1", "s1", "s2");
    }

    @Test
    void leavesResultsBeyondTheWindowWhereTheyAre() {
        var ranked = items("s1", "s2", "s3", "s4", "s5", "s6", "s7", "s8", "s9", "s10", "a1");

        assertThat(ids(byDefault.arrange(ranked)))
                .as("a1 is the eleventh match, outside the window")
                .containsExactly("s1", "s2", "s3", "s4", "s5", "s6", "s7", "s8", "s9", "s10", "a1");
    }

    @Test
    void followsConfiguredRules() {
        var lenient = new SponsoredPlacement(new SponsoredPlacementProperties(2, true));

        assertThat(ids(lenient.arrange(items("s1", "s2", "s3", "a1")))).containsExactly("s1", "s2", "a1", "s3");
    }

    /** Items whose ids name their type: s sponsored, a article, e event, j job. */
    private static List<ContentItem> items(String... ids) {
        return Arrays.stream(ids)
                .map(id -> new ContentItem(
                        id,
                        switch (id.charAt(0)) {
                            case 's' -> "sponsored";
                            case 'e' -> "event";
                            case 'j' -> "job";
                            default -> "article";
                        },
                        null,
                        null,
                        Map.of(),
                        null,
                        null))
                .toList();
    }

    private static List<String> ids(List<ContentItem> items) {
        return items.stream().map(ContentItem::id).toList();
    }
}
