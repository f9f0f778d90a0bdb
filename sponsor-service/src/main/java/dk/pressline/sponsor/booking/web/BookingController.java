package dk.pressline.sponsor.booking.web;

import dk.pressline.events.placement.Product;
import dk.pressline.platform.apidocs.CreatedWithLocation;
import dk.pressline.platform.security.Caller;
import dk.pressline.platform.security.Role;
import dk.pressline.platform.web.ETags;
import dk.pressline.platform.web.InvalidInputException;
import dk.pressline.platform.web.NotFoundException;
import dk.pressline.platform.web.PageOf;
import dk.pressline.platform.web.PageQuery;
import dk.pressline.sponsor.booking.Availability;
import dk.pressline.sponsor.booking.Booking;
import dk.pressline.sponsor.booking.BookingStatus;
import dk.pressline.sponsor.booking.Bookings;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Booking placements: availability, booking, the decisions on it, and its content. */
@RestController
@Tag(name = "Bookings", description = "Advertisers book placements and follow them; sales decide on them")
class BookingController {

    private static final String NOT_NOW = "The booking's status or flight does not allow this now.";

    private final Bookings bookings;

    BookingController(Bookings bookings) {
        this.bookings = bookings;
    }

    /** Which days an exclusive product's slot is free and taken, from {@code from} to {@code to}. */
    @GetMapping("/api/availability")
    @Operation(summary = "See which days an exclusive product's slot is free and which are taken")
    Availability availability(
            @RequestParam Product product,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return bookings.availability(product, from, to);
    }

    /** Books a flight; the answer carries the quote. An exclusive slot already held answers 409. */
    @PostMapping("/api/bookings")
    @Operation(summary = "Book a flight of a product with its content; the answer carries the quote")
    @CreatedWithLocation
    @ApiResponse(
            responseCode = "404",
            description =
                    "An advertiser's token names no advertiser, or another one " + "than the booking's advertiserId.")
    @ApiResponse(
            responseCode = "409",
            description = "The exclusive slot is taken on some of the days, or the "
                    + "advertiser already has as many requests waiting for sales as it may.")
    ResponseEntity<BookingView> book(@Valid @RequestBody BookingRequests.Book request) {
        var booking = bookings.book(
                advertiserFor(request.advertiserId()),
                request.product(),
                request.firstDay(),
                request.lastDay(),
                request.content().toContent());
        return ResponseEntity.created(URI.create("/api/bookings/" + booking.id()))
                .eTag(ETags.of(booking.revision()))
                .body(BookingView.of(booking));
    }

    @GetMapping("/api/bookings")
    @Operation(summary = "List bookings: sales any advertiser's, an advertiser its own")
    PageOf<BookingView> list(
            @RequestParam(required = false) String advertiserId,
            @RequestParam(required = false) BookingStatus status,
            @Valid PageQuery page) {
        var found = bookings.list(Caller.current(), advertiserId, status, page);
        return new PageOf<>(
                found.items().stream().map(BookingView::of).toList(),
                found.page(),
                found.size(),
                found.totalItems(),
                found.totalPages());
    }

    @GetMapping("/api/bookings/{id}")
    @Operation(summary = "Read a booking, with its ETag")
    ResponseEntity<BookingView> get(@PathVariable UUID id) {
        return view(bookings.get(id, Caller.current()));
    }

    @PutMapping("/api/bookings/{id}/content")
    @Operation(summary = "Change a booking's creative, themes, event or job; a live placement changes at once")
    @ApiResponse(responseCode = "200", description = "The booking after the change, with its new ETag")
    @ApiResponse(responseCode = "409", description = NOT_NOW)
    @ApiResponse(responseCode = "428", description = "No If-Match with the ETag of the version edited.")
    ResponseEntity<BookingView> changeContent(
            @PathVariable UUID id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @Valid @RequestBody BookingRequests.Content content) {
        return view(bookings.changeContent(id, ifMatch, content.toContent(), Caller.current()));
    }

    @PostMapping("/api/bookings/{id}/cancel")
    @Operation(summary = "Call a booking off, before its flight starts")
    @ApiResponse(responseCode = "200", description = "The booking after the change, with its new ETag")
    @ApiResponse(responseCode = "409", description = NOT_NOW)
    ResponseEntity<BookingView> cancel(@PathVariable UUID id) {
        return view(bookings.cancel(id, Caller.current()));
    }

    @PostMapping("/api/bookings/{id}/approve")
    @Operation(summary = "Approve a requested booking; one whose flight has started goes live at once")
    @ApiResponse(responseCode = "200", description = "The booking after the change, with its new ETag")
    @ApiResponse(responseCode = "409", description = NOT_NOW)
    ResponseEntity<BookingView> approve(@PathVariable UUID id) {
        return view(bookings.approve(id));
    }

    @PostMapping("/api/bookings/{id}/reject")
    @Operation(summary = "Reject a requested booking, for the stated reason")
    @ApiResponse(responseCode = "200", description = "The booking after the change, with its new ETag")
    @ApiResponse(responseCode = "409", description = NOT_NOW)
    ResponseEntity<BookingView> reject(@PathVariable UUID id, @Valid @RequestBody BookingRequests.Reason reason) {
        return view(bookings.reject(id, reason.reason()));
    }

    @PostMapping("/api/bookings/{id}/withdraw")
    @Operation(summary = "Withdraw an approved or live booking, for the stated reason; a live one comes down at once")
    @ApiResponse(responseCode = "200", description = "The booking after the change, with its new ETag")
    @ApiResponse(responseCode = "409", description = NOT_NOW)
    ResponseEntity<BookingView> withdraw(@PathVariable UUID id, @Valid @RequestBody BookingRequests.Reason reason) {
        return view(bookings.withdraw(id, reason.reason()));
    }

    /** Sales name the advertiser they book for; an advertiser books for the one in its token, and no other. */
    private static String advertiserFor(String requested) {
        var caller = Caller.current();
        if (caller.has(Role.SALES) || caller.has(Role.ADMIN)) {
            if (requested == null || requested.isBlank()) {
                throw new InvalidInputException("advertiserId", "must name the advertiser the booking is for");
            }
            return requested;
        }
        var own = caller.advertiserId().orElseThrow(() -> new NotFoundException("Advertiser"));
        if (requested != null && !requested.equals(own)) {
            throw new NotFoundException("Advertiser " + requested);
        }
        return own;
    }

    private static ResponseEntity<BookingView> view(Booking booking) {
        return ResponseEntity.ok().eTag(ETags.of(booking.revision())).body(BookingView.of(booking));
    }
}
