package dk.pressline.sponsor.reporting;

import dk.pressline.errorpages.ErrorResponses;
import dk.pressline.events.interaction.Channel;
import dk.pressline.platform.readers.Readers;
import dk.pressline.platform.web.NotFoundException;
import dk.pressline.sponsor.booking.Booking;
import dk.pressline.sponsor.booking.BookingStatus;
import dk.pressline.sponsor.booking.Bookings;
import dk.pressline.sponsor.booking.Inventory;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where a reader's click on a placement goes: while the placement is live, the click is counted and the reader is sent
 * on to the advertiser's link. A reader's clicks on one booking count once per reader window, and robots' not at all
 * (they are sent on all the same). The click is counted here, in the database, not through the event outbox, so a
 * flood of clicks cannot hold back the placement events (such as a withdrawal) queued there. A placement readers were
 * never shown leads nowhere (404); one that has ended or was withdrawn (perhaps for its link) no longer sends anyone on
 * from the publisher's domain: the reader gets the site's Danish page saying so (410), and nothing is counted.
 */
@RestController
@Tag(name = "Click redirect", description = "Where every paid link leads readers through")
class ClickRedirectController {

    private final Bookings bookings;
    private final InteractionCounts counts;
    private final Readers readers;
    private final Clock clock;

    ClickRedirectController(Bookings bookings, InteractionCounts counts, Readers readers, Clock clock) {
        this.bookings = bookings;
        this.counts = counts;
        this.readers = readers;
        this.clock = clock;
    }

    /** @param channel where the reader clicked; the product's usual channel when not given */
    @GetMapping("/r/{bookingId}")
    @Operation(summary = "Follow a placement's link: counts the reader's click and sends them on while it is live")
    @ApiResponse(
            responseCode = "302",
            description = "The placement is live: on to the advertiser's link",
            headers = @Header(name = "Location", description = "The advertiser's link"))
    @ApiResponse(responseCode = "404", description = "No placement readers were ever shown by that id.")
    @ApiResponse(
            responseCode = "410",
            description = "The placement has ended or was withdrawn: the site's Danish "
                    + "page, or a problem for a client asking for JSON. Nothing is counted.",
            content = @Content(mediaType = "text/html", schema = @Schema(type = "string")))
    ResponseEntity<Void> click(
            @PathVariable UUID bookingId,
            @RequestParam(required = false) Channel channel,
            HttpServletRequest request,
            HttpServletResponse response)
            throws IOException {
        Booking booking = bookings.find(bookingId)
                .filter(Booking::everActivated)
                .orElseThrow(() -> new NotFoundException("Placement " + bookingId));
        if (booking.status() != BookingStatus.ACTIVE) {
            ErrorResponses.write(request, response, HttpStatus.GONE.value(), request.getRequestURI());
            return null;
        }
        var clickedIn = channel != null ? channel : Inventory.channelOf(booking.product());
        readers.readerKey(request)
                .ifPresent(reader -> counts.countClick(bookingId, clickedIn, reader, clock.instant()));
        return ResponseEntity.status(HttpStatus.FOUND)
                .location(URI.create(booking.content().creative().linkUrl()))
                .header("Cache-Control", "no-store")
                .build();
    }
}
