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
        var firstDay = LocalDate.now().plusDays(startsInDays);
        var flightStart = Instant.now().plus(startsInDays, ChronoUnit.DAYS);
        return """
                {"id": "%s", "advertiserId": "ad-nordlys", "product": "RELATED_FEED_ITEM", "status": "%s",
                 "revision": 1, "firstDay": "%s", "lastDay": "%s", "flightStart": "%s", "flightEnd": "%s",
                 "content": {"themes": ["klima", "groen-omstilling"],
                             "creative": {"title": "Vind med vedvarende energi", "teaser": "Grøn strøm til alle.",
                                          "linkUrl": "https://nordlys.example.dk/kampagne",
                                          "imageUrl": "https://cdn.example.dk/nordlys.jpg", "logoUrl": null},
                             "event": null, "job": null},
                 "price": 1050000, "currency": "DKK", "decisionReason": %s, "holdUntil": null,
                 "createdAt": "2026-12-01T09:00:00Z", "updatedAt": "2026-12-01T09:00:00Z"}
                """.formatted(
                        id,
                        status,
                        firstDay,
                        firstDay.plusDays(6),
                        flightStart,
                        flightStart.plus(7, ChronoUnit.DAYS),
                        decisionReason == null ? "null" : "\"" + decisionReason + "\"");
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

    static String quote(String product, LocalDate firstDay, LocalDate lastDay, long total) {
        return """
                {"product": "%s", "firstDay": "%s", "lastDay": "%s", "days": 7, "total": %d, "currency": "DKK",
                 "lines": []}
                """.formatted(product, firstDay, lastDay, total);
    }
}
