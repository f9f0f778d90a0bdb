package dk.pressline.portal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** JSON shaped like sponsor-service's own answers. */
final class SponsorApiFixtures {

    static final String NORDLYS = "ad-nordlys";

    private SponsorApiFixtures() {}

    /** A booking of Nordlys Energi's whose flight starts {@code startsInDays} from today and lasts a week. */
    static String booking(String id, String status, int startsInDays, String decisionReason) {
        return booking(
                id,
                NORDLYS,
                "Vind med vedvarende energi",
                status,
                startsInDays,
                decisionReason,
                "2026-12-01T09:00:00Z");
    }

    /** A booking of the given advertiser's, requested at {@code createdAt}. */
    static String booking(
            String id,
            String advertiserId,
            String title,
            String status,
            int startsInDays,
            String decisionReason,
            String createdAt) {
        var firstDay = LocalDate.now().plusDays(startsInDays);
        var flightStart = Instant.now().plus(startsInDays, ChronoUnit.DAYS);
        return """
                {"id": "%s", "advertiserId": "%s", "product": "RELATED_FEED_ITEM", "status": "%s",
                 "revision": 1, "firstDay": "%s", "lastDay": "%s", "flightStart": "%s", "flightEnd": "%s",
                 "content": {"themes": ["klima", "groen-omstilling"],
                             "creative": {"title": "%s", "teaser": "Grøn strøm til alle.",
                                          "linkUrl": "https://nordlys.example.dk/kampagne",
                                          "imageUrl": "https://cdn.example.dk/nordlys.jpg", "logoUrl": null},
                             "event": null, "job": null},
                 "price": 1050000, "currency": "DKK", "decisionReason": %s, "holdUntil": null,
                 "createdAt": "%s", "updatedAt": "%s"}
                """.formatted(
                        id,
                        advertiserId,
                        status,
                        firstDay,
                        firstDay.plusDays(6),
                        flightStart,
                        flightStart.plus(7, ChronoUnit.DAYS),
                        title,
                        decisionReason == null ? "null" : "\"" + decisionReason + "\"",
                        createdAt,
                        createdAt);
    }

    static String page(String... items) {
        return "{\"items\": [" + String.join(",", items) + "], \"page\": 0, \"size\": 100, \"totalItems\": "
                + items.length + ", \"totalPages\": 1}";
    }

    static String nordlys() {
        return """
                {"id": "ad-nordlys", "name": "Nordlys Energi", "logoUrl": "https://cdn.example.dk/nordlys.png",
                 "contact": {"name": "Sara Holm", "email": "sara@nordlys.example.dk"}}
                """;
    }

    static String groenhave() {
        return """
                {"id": "ad-groenhave", "name": "Grøn Have", "logoUrl": null,
                 "contact": {"name": "Jonas Grøn", "email": "jonas@groenhave.dk"}}
                """;
    }

    static String quote(String product, LocalDate firstDay, LocalDate lastDay, long total) {
        return """
                {"product": "%s", "firstDay": "%s", "lastDay": "%s", "days": 7, "total": %d, "currency": "DKK",
                 "lines": []}
                """.formatted(product, firstDay, lastDay, total);
    }
}
