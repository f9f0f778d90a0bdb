package dk.pressline.portal.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import dk.pressline.portal.booking.Availability;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/** A month as weeks from Monday, each day free, held by a visible request, or taken. */
class MonthGridTests {

    private static final YearMonth DECEMBER = YearMonth.of(2026, 12);

    @Test
    void laysTheMonthOutInWeeksFromMondayWithBlanksAround() {
        var grid = MonthGrid.of(DECEMBER, availability(), List.of());

        assertThat(grid.weeks()).hasSize(5).allSatisfy(week -> assertThat(week).hasSize(7));
        assertThat(grid.weeks().getFirst().getFirst().blank()).isTrue();
        assertThat(grid.weeks().getFirst().get(1).date()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(grid.weeks().getLast().get(3).date()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(grid.weeks().getLast().get(4).blank()).isTrue();
    }

    @Test
    void marksTakenDaysAndThoseHeldByAVisibleRequest() {
        var taken = availability(days(7, 13), days(20, 21));

        var grid = MonthGrid.of(DECEMBER, taken, List.of(days(20, 21)));

        assertThat(stateOf(grid, 6)).isEqualTo(MonthGrid.State.FREE);
        assertThat(stateOf(grid, 7)).isEqualTo(MonthGrid.State.TAKEN);
        assertThat(stateOf(grid, 13)).isEqualTo(MonthGrid.State.TAKEN);
        assertThat(stateOf(grid, 14)).isEqualTo(MonthGrid.State.FREE);
        assertThat(stateOf(grid, 20)).isEqualTo(MonthGrid.State.HELD);
        assertThat(MonthGrid.State.HELD.text()).isEqualTo("Holdt af en anmodning");
    }

    @Test
    void showsARequestOnFreeDaysAsFree() {
        var grid = MonthGrid.of(DECEMBER, availability(), List.of(days(1, 3)));

        assertThat(stateOf(grid, 2)).isEqualTo(MonthGrid.State.FREE);
    }

    private static MonthGrid.State stateOf(MonthGrid grid, int dayOfMonth) {
        return grid.weeks().stream()
                .flatMap(List::stream)
                .filter(day -> Objects.equals(day.date(), DECEMBER.atDay(dayOfMonth)))
                .findFirst()
                .orElseThrow()
                .state();
    }

    private static Availability availability(Availability.Days... taken) {
        return new Availability("NEWSLETTER_SPONSOR", true, DECEMBER.atDay(1), DECEMBER.atEndOfMonth(), List.of(taken));
    }

    private static Availability.Days days(int first, int last) {
        return new Availability.Days(DECEMBER.atDay(first), DECEMBER.atDay(last));
    }
}
