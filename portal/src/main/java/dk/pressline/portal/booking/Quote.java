package dk.pressline.portal.booking;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.LocalDate;

/** What a flight would cost, as sponsor-service quotes it: {@code total} in øre over {@code days} days. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Quote(String product, LocalDate firstDay, LocalDate lastDay, long days, long total, String currency) {

    public String totalText() {
        return BookingTexts.kroner(total);
    }
}
