package dk.pressline.portal.booking;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;

/** The Danish words the pages use for sponsor-service's statuses, products and prices. */
public final class BookingTexts {

    private static final Locale DANISH = Locale.of("da", "DK");

    private static final Map<String, String> STATUSES = Map.of(
            "REQUESTED", "Anmodet",
            "APPROVED", "Godkendt",
            "REJECTED", "Afvist",
            "ACTIVE", "Live",
            "EXPIRED", "Afsluttet",
            "WITHDRAWN", "Trukket tilbage",
            "CANCELLED", "Annulleret",
            "HOLD_EXPIRED", "Reservation udløbet");

    /** The products in the order the booking form offers them. */
    public static final Map<String, String> PRODUCTS = orderedProducts();

    private BookingTexts() {}

    static String status(String status) {
        return STATUSES.getOrDefault(status, status);
    }

    static String product(String product) {
        return PRODUCTS.getOrDefault(product, product);
    }

    /** An amount in øre as Danish kroner: {@code 1050000} is "10.500,00 kr.". */
    public static String kroner(long oere) {
        var format = NumberFormat.getNumberInstance(DANISH);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(oere / 100.0) + " kr.";
    }

    private static Map<String, String> orderedProducts() {
        var products = new java.util.LinkedHashMap<String, String>();
        products.put("RELATED_FEED_ITEM", "Relateret indhold");
        products.put("NEWSLETTER_SPONSOR", "Nyhedsbrevets sponsorplads");
        products.put("EVENT_LISTING", "Arrangement");
        products.put("JOB_AD", "Jobannonce");
        products.put("SPONSORED_ARTICLE", "Sponsoreret artikel");
        return java.util.Collections.unmodifiableMap(products);
    }
}
