package dk.pressline.sponsor.pricing;

import dk.pressline.platform.web.InvalidInputException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** The rules every flight (a run of whole days) follows, wherever it is given. */
public final class Flights {

    public static final int LONGEST_FLIGHT_DAYS = 366;

    private Flights() {}

    public static void requireValid(LocalDate firstDay, LocalDate lastDay) {
        requireValid(firstDay, lastDay, "firstDay", "lastDay");
    }

    /** The same rules for a run of days given under other names, such as a calendar's {@code from} and {@code to}. */
    public static void requireValid(LocalDate first, LocalDate last, String firstName, String lastName) {
        if (last.isBefore(first)) {
            throw new InvalidInputException(lastName, "must not be before " + firstName);
        }
        if (ChronoUnit.DAYS.between(first, last) + 1 > LONGEST_FLIGHT_DAYS) {
            throw new InvalidInputException(lastName, "spans at most " + LONGEST_FLIGHT_DAYS + " days");
        }
    }
}
