package dk.pressline.search.listings;

import dk.pressline.platform.web.InvalidInputException;
import dk.pressline.platform.web.PageOf;
import dk.pressline.platform.web.PageQuery;
import dk.pressline.search.content.ContentItem;
import dk.pressline.search.content.ReaderPaging;
import java.io.IOException;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Readers' listings of events and jobs; anonymous. */
@RestController
class ListingsController {

    private final Listings listings;

    ListingsController(Listings listings) {
        this.listings = listings;
    }

    @GetMapping("/api/events")
    PageOf<ContentItem> events(
            @RequestParam(required = false) String place,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String page, @RequestParam(required = false) String size)
            throws IOException {
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidInputException("to", "must not be before from");
        }
        return listings.upcomingEvents(place, from, to, pageQuery(page, size));
    }

    @GetMapping("/api/jobs")
    PageOf<ContentItem> jobs(@RequestParam(required = false) String location,
            @RequestParam(required = false) String page, @RequestParam(required = false) String size)
            throws IOException {
        return listings.currentJobs(location, pageQuery(page, size));
    }

    private static PageQuery pageQuery(String page, String size) {
        int pageSize = ReaderPaging.size("size", size, PageQuery.DEFAULT_SIZE, PageQuery.MAX_SIZE);
        return new PageQuery(ReaderPaging.page("page", page, "size", pageSize), pageSize);
    }
}
