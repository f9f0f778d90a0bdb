package dk.pressline.sponsor.pricing;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.pressline.platform.web.InvalidInputException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A flight is a run of whole days, at least one and at most 366. */
class FlightRulesTests {

    private static final LocalDate FIRST = LocalDate.parse("2027-01-01");

    @Test
    void aOneDayFlightAndAFlightOf366DaysAreValid() {
        assertThatCode(() -> {
                    Flights.requireValid(FIRST, FIRST);
                    Flights.requireValid(FIRST, FIRST.plusDays(365));
                })
                .doesNotThrowAnyException();
    }

    @Test
    void aFlightEndingBeforeItStartsIsRefusedOnItsLastDay() {
        assertThatThrownBy(() -> Flights.requireValid(FIRST, FIRST.minusDays(1)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("lastDay: must not be before firstDay");
    }

    @Test
    void aFlightOf367DaysIsRefused() {
        assertThatThrownBy(() -> Flights.requireValid(FIRST, FIRST.plusDays(366)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("lastDay: spans at most 366 days");
    }

    @Test
    void aCalendarWindowIsRefusedUnderItsOwnParameterNames() {
        assertThatThrownBy(() -> Flights.requireValid(FIRST, FIRST.minusDays(1), "from", "to"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("to: must not be before from");
    }
}
