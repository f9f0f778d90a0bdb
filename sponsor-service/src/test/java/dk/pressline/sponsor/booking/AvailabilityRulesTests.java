package dk.pressline.sponsor.booking;

import static org.assertj.core.api.Assertions.assertThat;

import dk.pressline.events.placement.Product;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The calendar an advertiser sees of an exclusive slot: which days are taken and which are free. */
class AvailabilityRulesTests {

    private static final LocalDate FROM = day(1);
    private static final LocalDate TO = day(31);

    @Test
    void withNothingHeldTheWholeWindowIsFree() {
        var availability = Availability.of(Product.NEWSLETTER_SPONSOR, FROM, TO, List.of());

        assertThat(availability.taken()).isEmpty();
        assertThat(availability.free()).containsExactly(range(1, 31));
    }

    @Test
    void theDaysBetweenHeldFlightsAreFree() {
        var availability = Availability.of(Product.NEWSLETTER_SPONSOR, FROM, TO, List.of(range(5, 9), range(20, 22)));

        assertThat(availability.taken()).containsExactly(range(5, 9), range(20, 22));
        assertThat(availability.free()).containsExactly(range(1, 4), range(10, 19), range(23, 31));
    }

    @Test
    void overlappingAndAdjacentFlightsShowAsOneTakenRun() {
        var availability = Availability.of(
                Product.NEWSLETTER_SPONSOR,
                FROM,
                TO,
                List.of(range(5, 10), range(8, 12), range(13, 15), range(14, 14)));

        assertThat(availability.taken()).containsExactly(range(5, 15));
        assertThat(availability.free()).containsExactly(range(1, 4), range(16, 31));
    }

    @Test
    void flightsReachingOutsideTheWindowAreCutToIt() {
        var availability = Availability.of(
                Product.NEWSLETTER_SPONSOR,
                FROM,
                TO,
                List.of(new DayRange(day(1).minusDays(10), day(3)), new DayRange(day(29), day(31).plusDays(5))));

        assertThat(availability.taken()).containsExactly(range(1, 3), range(29, 31));
        assertThat(availability.free()).containsExactly(range(4, 28));
    }

    @Test
    void aWindowWhollyTakenHasNoFreeDays() {
        var availability = Availability.of(Product.NEWSLETTER_SPONSOR, FROM, TO, List.of(range(1, 31)));

        assertThat(availability.free()).isEmpty();
    }

    @Test
    void theCalendarSaysWhetherTheProductIsSoldExclusively() {
        assertThat(Availability.of(Product.NEWSLETTER_SPONSOR, FROM, TO, List.of())
                        .exclusive())
                .isTrue();
        assertThat(Availability.of(Product.RELATED_FEED_ITEM, FROM, TO, List.of())
                        .exclusive())
                .isFalse();
    }

    private static LocalDate day(int dayOfMonth) {
        return LocalDate.of(2027, 3, dayOfMonth);
    }

    private static DayRange range(int first, int last) {
        return new DayRange(day(first), day(last));
    }
}
