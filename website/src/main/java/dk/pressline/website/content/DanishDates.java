package dk.pressline.website.content;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Dates and times as Danish readers write them, in Danish time; the templates call it as {@code @danishDates}. */
@Component("danishDates")
public class DanishDates {

    public static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");
    private static final Locale DANISH = Locale.forLanguageTag("da-DK");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d. MMMM yyyy", DANISH);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d. MMMM yyyy 'kl.' HH.mm", DANISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("'kl.' HH.mm", DANISH);

    /** "27. november 2026 kl. 10.15". */
    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(DANISH_TIME));
    }

    /** "27. november 2026". */
    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** "kl. 09.30". */
    public String time(LocalTime time) {
        return time == null ? "" : TIME.format(time);
    }

    /** The machine-readable form for a {@code <time datetime>} attribute, with the Danish offset. */
    public String iso(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(DANISH_TIME));
    }
}
