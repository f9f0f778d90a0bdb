package dk.pressline.portal.calendar;

import dk.pressline.portal.booking.Availability;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * A month of a product's calendar as weeks from Monday to Sunday, each day free, held by a request the person can
 * see, or taken. Days outside the month are blanks that keep the columns.
 */
public record MonthGrid(YearMonth month, List<List<Day>> weeks) {

    /** What a day of the month is: the state, in words, never by colour alone. */
    public enum State {
        FREE("Ledig"),
        HELD("Holdt af en anmodning"),
        TAKEN("Optaget");

        private final String text;

        State(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    /** One cell: {@code date} is {@code null} for a blank outside the month. */
    public record Day(LocalDate date, State state) {

        public boolean blank() {
            return date == null;
        }
    }

    /**
     * @param held the days of the requests the person can see (an advertiser its own, sales every one): taken days
     *     among them are shown as held
     */
    public static MonthGrid of(YearMonth month, Availability availability, List<Availability.Days> held) {
        var weeks = new ArrayList<List<Day>>();
        var day = month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        var end = month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        var week = new ArrayList<Day>();
        for (; !day.isAfter(end); day = day.plusDays(1)) {
            week.add(
                    YearMonth.from(day).equals(month)
                            ? new Day(day, state(day, availability, held))
                            : new Day(null, null));
            if (week.size() == 7) {
                weeks.add(List.copyOf(week));
                week.clear();
            }
        }
        return new MonthGrid(month, List.copyOf(weeks));
    }

    private static State state(LocalDate day, Availability availability, List<Availability.Days> held) {
        if (!availability.isTaken(day)) {
            return State.FREE;
        }
        return held.stream().anyMatch(days -> days.contains(day)) ? State.HELD : State.TAKEN;
    }
}
