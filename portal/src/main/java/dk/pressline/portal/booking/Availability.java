package dk.pressline.portal.booking;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;
import java.util.List;

/** A product's calendar as sponsor-service gives it: the runs of taken and free days from {@code from} to {@code to}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Availability(String product, boolean exclusive, LocalDate from, LocalDate to, List<Days> taken) {

    public Availability {
        taken = taken == null ? List.of() : List.copyOf(taken);
    }

    /** Whole days, both included. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Days(LocalDate firstDay, LocalDate lastDay) {

        public boolean contains(LocalDate day) {
            return !day.isBefore(firstDay) && !day.isAfter(lastDay);
        }
    }

    public boolean isTaken(LocalDate day) {
        return taken.stream().anyMatch(days -> days.contains(day));
    }
}
