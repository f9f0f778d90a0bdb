package dk.pressline.portal.booking;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The booking form for a related-feed item or another product: the flight, the themes and the creative. The themes
 * are typed as slugs separated by commas or spaces.
 */
public record BookingForm(
        String product,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate firstDay,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate lastDay,
        String themes,
        String title,
        String teaser,
        String linkUrl,
        String imageUrl) {

    static BookingForm empty() {
        return new BookingForm("RELATED_FEED_ITEM", null, null, "", "", "", "", "");
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
                imageUrl);
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
