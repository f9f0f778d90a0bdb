package dk.pressline.search.listings;

import dk.pressline.platform.web.InvalidInputException;
import dk.pressline.platform.web.PageOf;
import dk.pressline.platform.web.PageQuery;
import dk.pressline.search.content.ContentItem;
import dk.pressline.search.content.ReaderPaging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Readers' listings of events and jobs; anonymous. */
@RestController
@Tag(name = "Listings", description = "Readers' calendar of events and list of job ads")
class ListingsController {

    private final Listings listings;

    ListingsController(Listings listings) {
        this.listings = listings;
    }

    @GetMapping("/api/events")
    @Operation(summary = "List the upcoming events, soonest first, by place and days")
    PageOf<ContentItem> events(
            @Parameter(description = "Where the event takes place") @RequestParam(required = false) String place,
            @Parameter(description = "From this day on (the default: today)")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate from,
            @Parameter(description = "Until this day")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate to,
            @ReaderPage @RequestParam(required = false) String page,
            @ReaderPageSize @RequestParam(required = false) String size)
            throws IOException {
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidInputException("to", "must not be before from");
        }
        return listings.upcomingEvents(place, from, to, pageQuery(page, size));
    }

    @GetMapping("/api/jobs")
    @Operation(summary = "List the current job ads, newest first, by location")
    PageOf<ContentItem> jobs(
            @Parameter(description = "Where the job is") @RequestParam(required = false) String location,
            @ReaderPage @RequestParam(required = false) String page,
            @ReaderPageSize @RequestParam(required = false) String size)
            throws IOException {
        return listings.currentJobs(location, pageQuery(page, size));
    }

    /** The page parameter of a listing, as its description shows it. */
    @Target(ElementType.PARAMETER)
    @Retention(RetentionPolicy.RUNTIME)
    @Parameter(
            description = "Which page, counted from 0; only the first " + ReaderPaging.MAX_RESULT_WINDOW
                    + " items can be paged through",
            schema = @Schema(type = "integer", format = "int32", minimum = "0", maximum = "9999", defaultValue = "0"))
    @interface ReaderPage {}

    /** The size parameter of a listing, as its description shows it. */
    @Target(ElementType.PARAMETER)
    @Retention(RetentionPolicy.RUNTIME)
    @Parameter(
            description = "How many items a page holds",
            schema =
                    @Schema(
                            type = "integer",
                            format = "int32",
                            minimum = "1",
                            maximum = "" + PageQuery.MAX_SIZE,
                            defaultValue = "" + PageQuery.DEFAULT_SIZE))
    @interface ReaderPageSize {}

    private static PageQuery pageQuery(String page, String size) {
        int pageSize = ReaderPaging.size("size", size, PageQuery.DEFAULT_SIZE, PageQuery.MAX_SIZE);
        return new PageQuery(ReaderPaging.page("page", page, "size", pageSize), pageSize);
    }
}
