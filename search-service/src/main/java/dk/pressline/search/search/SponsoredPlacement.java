package dk.pressline.search.search;

import dk.pressline.search.content.ContentItem;
import dk.pressline.search.indexing.ContentType;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps sponsored items from crowding the top of a relevance-ordered result: the first three results hold at most
 * {@link SponsoredPlacementProperties#maxInTopThree()} of them, and the first is editorial whenever anything
 * editorial is among the {@link #WINDOW} best matches. Only those first {@link #WINDOW} results are ever reordered,
 * so every page of a result agrees with the others.
 */
final class SponsoredPlacement {

    static final int TOP = 3;
    /** The results a demoted sponsored item can make room among, and from which editorial items can move up. */
    static final int WINDOW = 10;

    private final SponsoredPlacementProperties rules;

    SponsoredPlacement(SponsoredPlacementProperties rules) {
        this.rules = rules;
    }

    /** The best matches in the order readers see them; {@code ranked} is the first results by relevance. */
    List<ContentItem> arrange(List<ContentItem> ranked) {
        var window = new ArrayList<>(ranked.subList(0, Math.min(WINDOW, ranked.size())));
        var arranged = new ArrayList<ContentItem>();
        for (int position = 0; position < TOP && !window.isEmpty(); position++) {
            long sponsoredSoFar =
                    arranged.stream().filter(SponsoredPlacement::sponsored).count();
            int at = position;
            var chosen = window.stream()
                    .filter(item -> allowedAt(item, at, sponsoredSoFar))
                    .findFirst()
                    .orElse(window.getFirst());
            window.remove(chosen);
            arranged.add(chosen);
        }
        arranged.addAll(window);
        arranged.addAll(ranked.subList(Math.min(WINDOW, ranked.size()), ranked.size()));
        return arranged;
    }

    private boolean allowedAt(ContentItem item, int position, long sponsoredSoFar) {
        if (!sponsored(item)) {
            return true;
        }
        return (position > 0 || rules.mayLead()) && sponsoredSoFar < rules.maxInTopThree();
    }

    private static boolean sponsored(ContentItem item) {
        return ContentType.SPONSORED.value().equals(item.type());
    }
}
