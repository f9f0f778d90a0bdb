package dk.pressline.search.content;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;

/**
 * One article, event, job or sponsored item as readers receive it. A placement always comes with {@code sponsored},
 * its disclosure label and advertiser, whichever fields were asked for.
 *
 * @param fields the fields asked for, by name
 * @param highlights matching passages per field, with matches in {@code <em>}; only in search results
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ContentItem(
        String id,
        String type,
        String slug,
        String url,
        Map<String, Object> fields,
        Map<String, List<String>> highlights,
        Sponsor sponsored) {

    /** The disclosure a paid item is shown with: Danish marketing law requires it to be recognisable as paid. */
    public record Sponsor(String label, String advertiser) {}
}
