package dk.pressline.platform.web;

import java.util.List;

/** One page of a list, with what a client needs to fetch the others. */
public record PageOf<T>(List<T> items, int page, int size, long totalItems, long totalPages) {

    public static <T> PageOf<T> of(List<T> items, PageQuery query, long totalItems) {
        long pages = (totalItems + query.size() - 1) / query.size();
        return new PageOf<>(List.copyOf(items), query.page(), query.size(), totalItems, pages);
    }
}
