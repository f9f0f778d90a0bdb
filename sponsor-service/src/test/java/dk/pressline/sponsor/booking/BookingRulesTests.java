package dk.pressline.sponsor.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.pressline.events.placement.Creative;
import dk.pressline.events.placement.EventListing;
import dk.pressline.events.placement.JobAd;
import dk.pressline.events.placement.Product;
import dk.pressline.platform.web.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What a booking must carry, when its flight may start, and how long an unapproved request holds a slot. */
class BookingRulesTests {

    private static final Creative CREATIVE =
            new Creative("Grøn strøm til dit tag", null, "https://nordlys.example.dk/tag", null, null);
    private static final EventListing EVENT = new EventListing(
            "Nordlys Energi", "Klimatopmøde", null, LocalDate.parse("2026-12-17"), LocalTime.parse("09:30"), "Aarhus");
    private static final JobAd JOB =
            new JobAd("Nordlys Energi", "Energirådgiver", "Aarhus", LocalDate.parse("2027-01-15"));
    private static final List<String> THEMES = List.of("baeredygtige-byer");

    private static final LocalDate TODAY = LocalDate.parse("2026-12-07");
    private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");

    @Test
    void eachProductIsBookedWithTheContentItNeeds() {
        assertThatCode(() -> {
                    Bookings.requireFits(Product.RELATED_FEED_ITEM, content(THEMES, null, null));
                    Bookings.requireFits(Product.NEWSLETTER_SPONSOR, content(List.of(), null, null));
                    Bookings.requireFits(Product.SPONSORED_ARTICLE, content(List.of(), null, null));
                    Bookings.requireFits(Product.EVENT_LISTING, content(List.of(), EVENT, null));
                    Bookings.requireFits(Product.JOB_AD, content(THEMES, null, JOB));
                })
                .doesNotThrowAnyException();
    }

    @Test
    void anEventListingWithoutItsEventIsRefused() {
        assertThatThrownBy(() -> Bookings.requireFits(Product.EVENT_LISTING, content(THEMES, null, null)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("event: an event listing needs its event");
    }

    @Test
    void onlyAnEventListingMayCarryAnEvent() {
        for (var product : EnumSet.complementOf(EnumSet.of(Product.EVENT_LISTING))) {
            assertThatThrownBy(() -> Bookings.requireFits(
                            product, content(THEMES, EVENT, product == Product.JOB_AD ? JOB : null)))
                    .as(product.name())
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("event: only an EVENT_LISTING carries an event");
        }
    }

    @Test
    void aJobAdWithoutItsJobIsRefused() {
        assertThatThrownBy(() -> Bookings.requireFits(Product.JOB_AD, content(THEMES, null, null)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("job: a job ad needs its job");
    }

    @Test
    void onlyAJobAdMayCarryAJob() {
        for (var product : EnumSet.complementOf(EnumSet.of(Product.JOB_AD))) {
            assertThatThrownBy(() -> Bookings.requireFits(
                            product, content(THEMES, product == Product.EVENT_LISTING ? EVENT : null, JOB)))
                    .as(product.name())
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessage("job: only a JOB_AD carries a job");
        }
    }

    @Test
    void aRelatedFeedItemMustTargetATheme() {
        assertThatThrownBy(() -> Bookings.requireFits(Product.RELATED_FEED_ITEM, content(List.of(), null, null)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("themes: an item in the related feed targets at least one theme");
    }

    @Test
    void aFlightMayStartFromTodayUpToTheHorizon() {
        assertThatCode(() -> {
                    Bookings.requireStartWithinHorizon(TODAY, TODAY, 365);
                    Bookings.requireStartWithinHorizon(TODAY.plusDays(365), TODAY, 365);
                })
                .doesNotThrowAnyException();
    }

    @Test
    void aFlightStartingYesterdayIsRefused() {
        assertThatThrownBy(() -> Bookings.requireStartWithinHorizon(TODAY.minusDays(1), TODAY, 365))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("firstDay: must not be in the past");
    }

    @Test
    void aFlightStartingADayBeyondTheHorizonIsRefusedNamingTheLastDayItMayStart() {
        assertThatThrownBy(() -> Bookings.requireStartWithinHorizon(TODAY.plusDays(366), TODAY, 365))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("firstDay: must be at most 365 days ahead, on 2027-12-07 or before");
    }

    @Test
    void aRequestHoldsItsSlotUntilItsHoldEndsAndHasLapsedFromThatMomentOn() {
        assertThat(BookingStatus.REQUESTED.at(NOW.plusSeconds(1), NOW)).isEqualTo(BookingStatus.REQUESTED);
        assertThat(BookingStatus.REQUESTED.at(NOW, NOW)).isEqualTo(BookingStatus.HOLD_EXPIRED);
        assertThat(BookingStatus.REQUESTED.at(NOW.minus(Duration.ofDays(1)), NOW))
                .isEqualTo(BookingStatus.HOLD_EXPIRED);
    }

    @Test
    void aRequestForAProductWithoutAHoldNeverLapses() {
        assertThat(BookingStatus.REQUESTED.at(null, NOW)).isEqualTo(BookingStatus.REQUESTED);
    }

    @Test
    void onceSalesHaveDecidedTheHoldNoLongerMatters() {
        var past = NOW.minus(Duration.ofDays(1));
        Arrays.stream(BookingStatus.values())
                .filter(status -> status != BookingStatus.REQUESTED)
                .forEach(status ->
                        assertThat(status.at(past, NOW)).as(status.name()).isEqualTo(status));
    }

    @Test
    void onlyTheNewsletterSponsorSlotIsSoldToOneAdvertiserAtATime() {
        assertThat(EnumSet.allOf(Product.class))
                .filteredOn(Inventory::exclusive)
                .containsExactly(Product.NEWSLETTER_SPONSOR);
    }

    @Test
    void aFlightDayIsADanishCalendarDayEvenWhenTheClocksChange() {
        var summerTimeBegins = LocalDate.parse("2027-03-28");

        assertThat(Inventory.startOf(summerTimeBegins)).isEqualTo(Instant.parse("2027-03-27T23:00:00Z"));
        assertThat(Inventory.startOf(summerTimeBegins.plusDays(1))).isEqualTo(Instant.parse("2027-03-28T22:00:00Z"));
        assertThat(Inventory.dayOf(Instant.parse("2027-03-28T21:59:59Z"))).isEqualTo(summerTimeBegins);
        assertThat(Inventory.dayOf(Instant.parse("2027-03-28T22:00:00Z"))).isEqualTo(summerTimeBegins.plusDays(1));
    }

    @Test
    void onceShownToReadersABookingStaysKnownAsShownAndEveryChangeIsANewRevision() {
        var requested = new Booking(
                UUID.randomUUID(),
                "ad-nordlys",
                Product.RELATED_FEED_ITEM,
                BookingStatus.REQUESTED,
                1,
                TODAY,
                TODAY.plusDays(6),
                Inventory.startOf(TODAY),
                Inventory.startOf(TODAY.plusDays(7)),
                content(THEMES, null, null),
                150_000,
                "DKK",
                null,
                false,
                null,
                NOW,
                NOW);

        var approved = requested.next(BookingStatus.APPROVED, null, NOW);
        var active = approved.next(BookingStatus.ACTIVE, null, NOW);
        var withdrawn = active.next(BookingStatus.WITHDRAWN, "Forkert billede", NOW.plusSeconds(60));

        assertThat(approved.everActivated()).isFalse();
        assertThat(active.everActivated()).isTrue();
        assertThat(withdrawn.everActivated()).isTrue();
        assertThat(withdrawn.revision()).isEqualTo(4);
        assertThat(withdrawn.decisionReason()).isEqualTo("Forkert billede");
        assertThat(withdrawn.updatedAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(withdrawn.createdAt()).isEqualTo(NOW);
    }

    @Test
    void unsetLimitsHoldForThreeDaysReachAYearAheadAndAllowTenOpenRequests() {
        var limits = new BookingLimits(null, null, null);

        assertThat(limits.holdFor()).isEqualTo(Duration.ofDays(3));
        assertThat(limits.horizonDays()).isEqualTo(365);
        assertThat(limits.maxOpenRequests()).isEqualTo(10);
    }

    @Test
    void limitsThatWouldLetNoRequestThroughOrHoldNothingAreRefusedAtStartUp() {
        assertThatThrownBy(() -> new BookingLimits(Duration.ZERO, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BookingLimits(null, Duration.ofDays(-1), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BookingLimits(null, null, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static BookingContent content(List<String> themes, EventListing event, JobAd job) {
        return new BookingContent(themes, CREATIVE, event, job);
    }
}
