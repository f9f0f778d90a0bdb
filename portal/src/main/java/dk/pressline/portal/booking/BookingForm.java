package dk.pressline.portal.booking;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The booking form: the flight, the themes and the creative, and for an event listing the event, for a job ad the
 * job. The themes are typed as slugs separated by commas or spaces.
 */
public record BookingForm(
        String product,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate firstDay,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate lastDay,
        String themes,
        String title,
        String teaser,
        String linkUrl,
        String imageUrl,
        String eventOrganiser,
        String eventTitle,
        String eventDescription,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate eventDate,
        @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime eventStartTime,
        String eventPlace,
        String jobEmployer,
        String jobTitle,
        String jobLocation,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate jobDeadline) {

    static final String EVENT_LISTING = "EVENT_LISTING";
    static final String JOB_AD = "JOB_AD";

    static BookingForm empty() {
        return new BookingForm(
                "RELATED_FEED_ITEM", null, null, "", "", "", "", "", "", "", "", null, null, "", "", "", "", null);
    }

    /** The form with the product and flight chosen elsewhere; an unknown product keeps the form's. */
    BookingForm forFlight(String chosenProduct, LocalDate chosenFirstDay, LocalDate chosenLastDay) {
        return new BookingForm(
                BookingTexts.PRODUCTS.containsKey(chosenProduct) ? chosenProduct : product,
                chosenFirstDay,
                chosenLastDay,
                themes,
                title,
                teaser,
                linkUrl,
                imageUrl,
                eventOrganiser,
                eventTitle,
                eventDescription,
                eventDate,
                eventStartTime,
                eventPlace,
                jobEmployer,
                jobTitle,
                jobLocation,
                jobDeadline);
    }

    public List<String> themeSlugs() {
        return themes == null
                ? List.of()
                : Arrays.stream(themes.split("[,\\s]+"))
                        .filter(slug -> !slug.isBlank())
                        .toList();
    }

    public boolean hasFlight() {
        return product != null && !product.isBlank() && firstDay != null && lastDay != null;
    }

    /** The body of {@code POST /api/bookings}: blank fields are left out, so sponsor-service names what is missing. */
    Map<String, Object> asRequest() {
        var creative = new LinkedHashMap<String, Object>();
        creative.put("title", blankAsNull(title));
        creative.put("teaser", blankAsNull(teaser));
        creative.put("linkUrl", blankAsNull(linkUrl));
        creative.put("imageUrl", blankAsNull(imageUrl));
        var content = new LinkedHashMap<String, Object>();
        content.put("themes", themeSlugs());
        content.put("creative", creative);
        if (EVENT_LISTING.equals(product)) {
            var event = new LinkedHashMap<String, Object>();
            event.put("organiser", blankAsNull(eventOrganiser));
            event.put("title", blankAsNull(eventTitle));
            event.put("description", blankAsNull(eventDescription));
            event.put("date", eventDate);
            event.put("startTime", eventStartTime);
            event.put("place", blankAsNull(eventPlace));
            content.put("event", event);
        }
        if (JOB_AD.equals(product)) {
            var job = new LinkedHashMap<String, Object>();
            job.put("employer", blankAsNull(jobEmployer));
            job.put("title", blankAsNull(jobTitle));
            job.put("location", blankAsNull(jobLocation));
            job.put("deadline", jobDeadline);
            content.put("job", job);
        }
        var request = new LinkedHashMap<String, Object>();
        request.put("product", blankAsNull(product));
        request.put("firstDay", firstDay);
        request.put("lastDay", lastDay);
        request.put("content", content);
        return request;
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
