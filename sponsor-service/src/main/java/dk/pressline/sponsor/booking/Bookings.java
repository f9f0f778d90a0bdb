package dk.pressline.sponsor.booking;

import dk.pressline.events.placement.PlacementActivated;
import dk.pressline.events.placement.PlacementSnapshot;
import dk.pressline.events.placement.PlacementUpdated;
import dk.pressline.events.placement.PlacementWithdrawn;
import dk.pressline.events.placement.Product;
import dk.pressline.platform.outbox.EventOutbox;
import dk.pressline.platform.security.Caller;
import dk.pressline.platform.security.Role;
import dk.pressline.platform.web.ConflictException;
import dk.pressline.platform.web.ETags;
import dk.pressline.platform.web.InvalidInputException;
import dk.pressline.platform.web.NotFoundException;
import dk.pressline.platform.web.PageOf;
import dk.pressline.platform.web.PageQuery;
import dk.pressline.sponsor.advertiser.Advertiser;
import dk.pressline.sponsor.advertiser.AdvertiserChanged;
import dk.pressline.sponsor.advertiser.Advertisers;
import dk.pressline.sponsor.pricing.Flights;
import dk.pressline.sponsor.pricing.PriceList;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Booking placements and deciding on them: advertisers book, see what is free and cancel before the start; sales
 * approve, reject and withdraw; the flight's start and end activate and expire the booking. Every change readers
 * can see goes out as a placement event through the outbox, in the same transaction as the change, so it happens
 * exactly once.
 */
@Service
@EnableConfigurationProperties(BookingLimits.class)
@Transactional
public class Bookings {

    static final String FLIGHT_ENDED = "The flight has ended";
    private static final int DUE_BATCH = 50;

    private final BookingRepository bookings;
    private final Advertisers advertisers;
    private final PriceList priceList;
    private final EventOutbox outbox;
    private final BookingLimits limits;
    private final Clock clock;

    Bookings(
            BookingRepository bookings,
            Advertisers advertisers,
            PriceList priceList,
            EventOutbox outbox,
            BookingLimits limits,
            Clock clock) {
        this.bookings = bookings;
        this.advertisers = advertisers;
        this.priceList = priceList;
        this.outbox = outbox;
        this.limits = limits;
        this.clock = clock;
    }

    /**
     * Books the product for the advertiser, at the quote of the day; it waits for sales' approval. A request for an
     * exclusive product holds its days for {@link BookingLimits#holdFor()}; one whose hold has ended no longer does.
     *
     * @throws InvalidInputException when the flight starts in the past or beyond the horizon
     * @throws ConflictException when the product is exclusive and part of the flight is taken, or the advertiser
     *     already has as many requests waiting for sales as it may
     */
    public Booking book(
            String advertiserId, Product product, LocalDate firstDay, LocalDate lastDay, BookingContent content) {
        Flights.requireValid(firstDay, lastDay);
        var now = clock.instant();
        requireStartWithinHorizon(firstDay, Inventory.dayOf(now), limits.horizonDays());
        requireFits(product, content);
        if (advertisers.find(advertiserId).isEmpty()) {
            throw new InvalidInputException("advertiserId", "no advertiser " + advertiserId + " is registered");
        }
        var quote = priceList.quote(product, firstDay, lastDay);
        bookings.lockAdvertiser(advertiserId);
        long open = bookings.countOpenRequests(advertiserId, now);
        if (open >= limits.maxOpenRequests()) {
            throw new ConflictException("Advertiser " + advertiserId + " already has " + open + " requests waiting "
                    + "for sales, the most it may have at once; book again when sales have decided on one, or cancel "
                    + "one.");
        }
        var flightStart = Inventory.startOf(firstDay);
        var flightEnd = Inventory.startOf(lastDay.plusDays(1));
        boolean exclusive = Inventory.exclusive(product);
        if (exclusive) {
            bookings.releaseLapsedHolds(product, flightStart, flightEnd, now);
        }
        var booking = new Booking(
                UUID.randomUUID(),
                advertiserId,
                product,
                BookingStatus.REQUESTED,
                1,
                firstDay,
                lastDay,
                flightStart,
                flightEnd,
                content,
                quote.total(),
                quote.currency(),
                null,
                false,
                exclusive ? now.plus(limits.holdFor()) : null,
                now,
                now);
        bookings.insert(booking);
        return booking;
    }

    /** Sales accept the booking; when its flight has already started, it goes live at once. */
    public Booking approve(UUID id) {
        var current = locked(id);
        requireStatus(current, "approved", BookingStatus.REQUESTED);
        var now = clock.instant();
        if (!current.flightEnd().isAfter(now)) {
            throw new ConflictException("The flight of booking " + id + " has ended; it can no longer be approved.");
        }
        var approved = saved(current.next(BookingStatus.APPROVED, null, now));
        return approved.flightStart().isAfter(now) ? approved : activated(approved, now);
    }

    public Booking reject(UUID id, String reason) {
        var current = locked(id);
        requireStatus(current, "rejected", BookingStatus.REQUESTED);
        return saved(current.next(BookingStatus.REJECTED, reason, clock.instant()));
    }

    /** The advertiser calls the booking off; only before its flight starts. */
    public Booking cancel(UUID id, Caller caller) {
        var current = visibleLocked(id, caller);
        requireStatus(current, "cancelled", BookingStatus.REQUESTED, BookingStatus.APPROVED);
        var now = clock.instant();
        if (!current.flightStart().isAfter(now)) {
            throw new ConflictException("The flight of booking " + id + " has started; ask sales to withdraw it.");
        }
        return saved(current.next(BookingStatus.CANCELLED, null, now));
    }

    /** Sales pull an approved or live booking; a live one is taken off the site and newsletters at once. */
    public Booking withdraw(UUID id, String reason) {
        var current = locked(id);
        requireStatus(current, "withdrawn", BookingStatus.APPROVED, BookingStatus.ACTIVE);
        var now = clock.instant();
        var withdrawn = saved(current.next(BookingStatus.WITHDRAWN, reason, now));
        if (current.status() == BookingStatus.ACTIVE) {
            outbox.append(new PlacementWithdrawn(UUID.randomUUID(), now, id, snapshot(withdrawn), reason));
        }
        return withdrawn;
    }

    /**
     * New creative, themes, event or job. The advertiser changes a booking until sales decide on it; after that
     * sales change it for them, and a live placement is updated for readers at once.
     */
    public Booking changeContent(UUID id, String ifMatch, BookingContent content, Caller caller) {
        var current = visibleLocked(id, caller);
        ETags.requireMatch(ifMatch, current.revision());
        boolean staff = caller.has(Role.SALES) || caller.has(Role.ADMIN);
        if (staff) {
            requireStatus(current, "changed", BookingStatus.REQUESTED, BookingStatus.APPROVED, BookingStatus.ACTIVE);
        } else {
            requireStatus(current, "changed by the advertiser; ask sales", BookingStatus.REQUESTED);
        }
        requireFits(current.product(), content);
        var now = clock.instant();
        var changed = saved(current.next(current.status(), content, current.decisionReason(), now));
        if (changed.status() == BookingStatus.ACTIVE) {
            outbox.append(new PlacementUpdated(UUID.randomUUID(), now, id, snapshot(changed)));
        }
        return changed;
    }

    /** Activates the approved bookings whose flight has started; other instances skip the ones this one holds. */
    public int activateDue() {
        var now = clock.instant();
        var due = bookings.lockDueForActivation(now, DUE_BATCH);
        for (var id : due) {
            var current = bookings.find(id).orElseThrow();
            if (current.flightEnd().isAfter(now)) {
                activated(current, now);
            } else {
                // Approved, but its whole flight passed while nothing ran: readers never saw it.
                saved(current.next(BookingStatus.EXPIRED, FLIGHT_ENDED, now));
            }
        }
        return due.size();
    }

    /** Expires the live bookings whose flight has ended. */
    public int expireDue() {
        var now = clock.instant();
        var due = bookings.lockDueForExpiry(now, DUE_BATCH);
        for (var id : due) {
            var expired = saved(bookings.find(id).orElseThrow().next(BookingStatus.EXPIRED, null, now));
            outbox.append(new PlacementWithdrawn(UUID.randomUUID(), now, id, snapshot(expired), FLIGHT_ENDED));
        }
        return due.size();
    }

    /** A new name or logo reaches the advertiser's live placements, within the transaction that saved it. */
    @EventListener
    void advertiserChanged(AdvertiserChanged change) {
        var now = clock.instant();
        for (var current :
                bookings.activeOfAdvertiserForUpdate(change.advertiser().id())) {
            var updated = saved(current.next(current.status(), current.decisionReason(), now));
            outbox.append(new PlacementUpdated(
                    UUID.randomUUID(), now, updated.id(), PlacementSnapshots.of(updated, change.advertiser())));
        }
    }

    /** The booking, if the caller may see it. */
    @Transactional(readOnly = true)
    public Booking get(UUID id, Caller caller) {
        return bookings.find(id)
                .filter(booking -> caller.mayActForAdvertiser(booking.advertiserId()))
                .orElseThrow(() -> notFound(id));
    }

    /** The booking whoever asks: for the anonymous click redirect, which reveals only its link. */
    @Transactional(readOnly = true)
    public Optional<Booking> find(UUID id) {
        return bookings.find(id);
    }

    /** The bookings the caller may see: an advertiser's own only, whichever advertiser it asks for. */
    @Transactional(readOnly = true)
    public PageOf<Booking> list(Caller caller, String advertiserId, BookingStatus status, PageQuery page) {
        boolean staff = caller.has(Role.SALES) || caller.has(Role.ADMIN);
        if (staff) {
            return bookings.list(advertiserId, status, page);
        }
        return caller.advertiserId()
                .map(own -> bookings.list(own, status, page))
                .orElseGet(() -> PageOf.of(List.of(), page, 0));
    }

    @Transactional(readOnly = true)
    public List<Booking> ofAdvertiser(String advertiserId) {
        return bookings.ofAdvertiser(advertiserId);
    }

    @Transactional(readOnly = true)
    public Availability availability(Product product, LocalDate from, LocalDate to) {
        Flights.requireValid(from, to, "from", "to");
        var held = Inventory.exclusive(product) ? bookings.heldSlots(product, from, to) : List.<DayRange>of();
        return Availability.of(product, from, to, held);
    }

    private Booking activated(Booking approved, Instant now) {
        var active = saved(approved.next(BookingStatus.ACTIVE, null, now));
        outbox.append(new PlacementActivated(UUID.randomUUID(), now, active.id(), snapshot(active)));
        return active;
    }

    private Booking saved(Booking next) {
        bookings.update(next);
        return next;
    }

    private PlacementSnapshot snapshot(Booking booking) {
        Advertiser advertiser = advertisers.find(booking.advertiserId()).orElseThrow();
        return PlacementSnapshots.of(booking, advertiser);
    }

    private Booking locked(UUID id) {
        return bookings.findForUpdate(id).orElseThrow(() -> notFound(id));
    }

    private Booking visibleLocked(UUID id, Caller caller) {
        return bookings.findForUpdate(id)
                .filter(booking -> caller.mayActForAdvertiser(booking.advertiserId()))
                .orElseThrow(() -> notFound(id));
    }

    private static void requireStatus(Booking booking, String action, BookingStatus... allowed) {
        if (!Set.of(allowed).contains(booking.status())) {
            throw new ConflictException(
                    "Booking " + booking.id() + " is " + booking.status() + " and cannot be " + action + ".");
        }
    }

    /** A flight starts today at the earliest and at most {@code horizonDays} after today. */
    static void requireStartWithinHorizon(LocalDate firstDay, LocalDate today, long horizonDays) {
        if (firstDay.isBefore(today)) {
            throw new InvalidInputException("firstDay", "must not be in the past");
        }
        var latestStart = today.plusDays(horizonDays);
        if (firstDay.isAfter(latestStart)) {
            throw new InvalidInputException(
                    "firstDay", "must be at most " + horizonDays + " days ahead, on " + latestStart + " or before");
        }
    }

    /** The content a product needs, and none that belongs to another: an event for a listing, a job for an ad. */
    static void requireFits(Product product, BookingContent content) {
        if (product == Product.EVENT_LISTING && content.event() == null) {
            throw new InvalidInputException("event", "an event listing needs its event");
        }
        if (product != Product.EVENT_LISTING && content.event() != null) {
            throw new InvalidInputException("event", "only an EVENT_LISTING carries an event");
        }
        if (product == Product.JOB_AD && content.job() == null) {
            throw new InvalidInputException("job", "a job ad needs its job");
        }
        if (product != Product.JOB_AD && content.job() != null) {
            throw new InvalidInputException("job", "only a JOB_AD carries a job");
        }
        if (product == Product.RELATED_FEED_ITEM && content.themes().isEmpty()) {
            throw new InvalidInputException("themes", "an item in the related feed targets at least one theme");
        }
    }

    private static NotFoundException notFound(UUID id) {
        return new NotFoundException("Booking " + id);
    }
}
