package dk.pressline.sponsor.pricing;

import dk.pressline.platform.web.InvalidInputException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** The rules every flight (a run of whole days) follows, wherever it is given. */
public final class Flights {

    public static final int LONGEST_FLIGHT_DAYS = 366;

    private Flights() {
    }

    public static void requireValid(LocalDate firstDay, LocalDate lastDay) {
        if (lastDay.isBefore(firstDay)) {
            throw new InvalidInputException("lastDay", "must not be before firstDay");
        }
        if (ChronoUnit.DAYS.between(firstDay, lastDay) + 1 > LONGEST_FLIGHT_DAYS) {
            throw new InvalidInputException("lastDay", "a flight lasts at most " + LONGEST_FLIGHT_DAYS + " days");
        }
    }
}
