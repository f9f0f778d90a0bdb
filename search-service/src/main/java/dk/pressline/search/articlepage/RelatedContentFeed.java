package dk.pressline.search.articlepage;

import dk.pressline.search.content.ContentItem;
import java.util.ArrayList;
import java.util.List;

/**
 * Mixes related editorial items with sponsored ones for the "Relateret indhold" feed. Sponsored items never exceed
 * the configured share of the feed as served, and are spread out rather than bunched: with a share of 1 in 4, every
 * fourth item at most is sponsored.
 */
final class RelatedContentFeed {

    private RelatedContentFeed() {}

    static List<ContentItem> mix(List<ContentItem> editorial, List<ContentItem> sponsored, int size, double share) {
        int editorialCount = Math.min(editorial.size(), size);
        int sponsoredCount = Math.min(sponsored.size(), (int) Math.floor(size * share));
        // Never more than the share of the feed actually served, when there are too few editorial items to fill it.
        while (sponsoredCount > 0 && sponsoredCount > Math.floor((editorialCount + sponsoredCount) * share)) {
            sponsoredCount--;
        }
        editorialCount = Math.min(editorialCount, size - sponsoredCount);
        int every = sponsoredCount == 0 ? Integer.MAX_VALUE : (int) Math.floor(1 / share);
        var feed = new ArrayList<ContentItem>(editorialCount + sponsoredCount);
        int nextEditorial = 0;
        int nextSponsored = 0;
        while (nextEditorial < editorialCount || nextSponsored < sponsoredCount) {
            boolean sponsoredSlot = (feed.size() + 1) % every == 0;
            if ((sponsoredSlot || nextEditorial == editorialCount) && nextSponsored < sponsoredCount) {
                feed.add(sponsored.get(nextSponsored++));
            } else if (nextEditorial < editorialCount) {
                feed.add(editorial.get(nextEditorial++));
            } else {
                break;
            }
        }
        return List.copyOf(feed);
    }
}
