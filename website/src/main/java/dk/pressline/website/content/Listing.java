package dk.pressline.website.content;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** One page of events or jobs. @param page zero-based */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Listing(List<ContentItem> items, int page, int size, long totalItems, long totalPages) {

    public Listing {
        items = items == null ? List.of() : items;
    }
}
