package dk.pressline.events;

import dk.pressline.events.article.ArticleCorrected;
import dk.pressline.events.article.ArticleLink;
import dk.pressline.events.article.ArticlePublished;
import dk.pressline.events.article.ArticleSnapshot;
import dk.pressline.events.article.ArticleUnpublished;
import dk.pressline.events.article.ArticleUpdated;
import dk.pressline.events.article.Author;
import dk.pressline.events.article.Correction;
import dk.pressline.events.article.Image;
import dk.pressline.events.article.Section;
import dk.pressline.events.article.Theme;
import dk.pressline.events.interaction.Channel;
import dk.pressline.events.interaction.PlacementClickRecorded;
import dk.pressline.events.interaction.PlacementImpressionRecorded;
import dk.pressline.events.notification.DeliveryKind;
import dk.pressline.events.notification.DeliveryRequested;
import dk.pressline.events.placement.Creative;
import dk.pressline.events.placement.EventListing;
import dk.pressline.events.placement.JobAd;
import dk.pressline.events.placement.PlacementActivated;
import dk.pressline.events.placement.PlacementSnapshot;
import dk.pressline.events.placement.PlacementUpdated;
import dk.pressline.events.placement.PlacementWithdrawn;
import dk.pressline.events.placement.Product;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/** One sample of every event type, with every optional field populated and fixed ids and times. */
public final class EventFixtures {

    public static final UUID ARTICLE_ID = UUID.fromString("0b6c7f0e-3a51-4c1e-9d7a-5f2f1c8e4a01");
    public static final UUID BOOKING_ID = UUID.fromString("7d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6");
    public static final UUID SUBSCRIBER_ID = UUID.fromString("c4a9e1b2-7f3d-4e5a-b6c7-d8e9f0a1b2c3");
    public static final Instant OCCURRED_AT = Instant.parse("2025-03-14T08:30:00Z");

    private EventFixtures() {}

    public static List<PresslineEvent> oneOfEachType() {
        return List.of(
                articlePublished(),
                articleUpdated(),
                articleCorrected(),
                articleUnpublished(),
                placementActivated(),
                placementUpdated(),
                placementWithdrawn(),
                placementImpressionRecorded(),
                placementClickRecorded(),
                deliveryRequested());
    }

    public static ArticleSnapshot articleSnapshot() {
        return new ArticleSnapshot(
                ARTICLE_ID,
                7,
                "klimaaftale-paa-plads-i-nat",
                List.of("klimaaftale-tæt-paa"),
                "https://pressline.dk/indland/klimaaftale-paa-plads-i-nat",
                "da",
                "Klimaaftale på plads i nat",
                "Partierne blev enige efter 14 timers forhandlinger.",
                "<p>Efter 14 timers forhandlinger kunne ministeren <strong>præsentere</strong> aftalen.</p>",
                List.of(new Author("a-1001", "Mette Holm"), new Author("a-1002", "Jonas Berg")),
                "mh",
                new Section("indland", "Indland"),
                List.of(new Theme("klima", "Klima"), new Theme("christiansborg", "Christiansborg")),
                new Image(
                        "https://images.pressline.dk/2025/03/aftale.jpg",
                        "Ministeren fremlægger aftalen.",
                        "Foto: Ritzau Scanpix",
                        "Ministeren ved talerstolen"),
                List.of(new ArticleLink(
                        UUID.fromString("5e8a1c2d-9b3f-4a6e-8c7d-1f2e3a4b5c6d"),
                        "co2-afgiften-forklaret",
                        "CO2-afgiften forklaret")),
                "Ritzau",
                Instant.parse("2025-03-14T05:12:00Z"),
                Instant.parse("2025-03-14T08:29:30Z"),
                List.of(new Correction("Aftalen omfatter 7 partier, ikke 6.", Instant.parse("2025-03-14T08:29:30Z"))));
    }

    public static ArticlePublished articlePublished() {
        return new ArticlePublished(
                UUID.fromString("e1000000-0000-4000-8000-000000000001"), OCCURRED_AT, ARTICLE_ID, articleSnapshot());
    }

    public static ArticleUpdated articleUpdated() {
        return new ArticleUpdated(
                UUID.fromString("e1000000-0000-4000-8000-000000000002"), OCCURRED_AT, ARTICLE_ID, articleSnapshot());
    }

    public static ArticleCorrected articleCorrected() {
        return new ArticleCorrected(
                UUID.fromString("e1000000-0000-4000-8000-000000000003"),
                OCCURRED_AT,
                ARTICLE_ID,
                articleSnapshot(),
                "Aftalen omfatter 7 partier, ikke 6.");
    }

    public static ArticleUnpublished articleUnpublished() {
        return new ArticleUnpublished(
                UUID.fromString("e1000000-0000-4000-8000-000000000004"),
                OCCURRED_AT,
                ARTICLE_ID,
                articleSnapshot(),
                "Fogedforbud");
    }

    public static PlacementSnapshot placementSnapshot() {
        return new PlacementSnapshot(
                BOOKING_ID,
                3,
                "adv-42",
                "Grøn Energi A/S",
                PlacementSnapshot.SPONSORED_LABEL,
                Product.EVENT_LISTING,
                Instant.parse("2025-03-01T00:00:00Z"),
                Instant.parse("2025-03-31T22:00:00Z"),
                List.of("klima", "energi"),
                new Creative(
                        "Kom til klimadebat",
                        "Tre ministre, én aften.",
                        "https://gronenergi.dk/debat",
                        "https://gronenergi.dk/debat.jpg",
                        "https://gronenergi.dk/logo.svg"),
                new EventListing(
                        "Grøn Energi A/S",
                        "Klimadebat i Aarhus",
                        "Debat om den nye klimaaftale.",
                        LocalDate.parse("2025-03-27"),
                        LocalTime.parse("19:30"),
                        "Musikhuset Aarhus"),
                new JobAd("Grøn Energi A/S", "Energirådgiver", "Aarhus", LocalDate.parse("2025-04-15")));
    }

    public static PlacementActivated placementActivated() {
        return new PlacementActivated(
                UUID.fromString("e2000000-0000-4000-8000-000000000001"), OCCURRED_AT, BOOKING_ID, placementSnapshot());
    }

    public static PlacementUpdated placementUpdated() {
        return new PlacementUpdated(
                UUID.fromString("e2000000-0000-4000-8000-000000000002"), OCCURRED_AT, BOOKING_ID, placementSnapshot());
    }

    public static PlacementWithdrawn placementWithdrawn() {
        return new PlacementWithdrawn(
                UUID.fromString("e2000000-0000-4000-8000-000000000003"),
                OCCURRED_AT,
                BOOKING_ID,
                placementSnapshot(),
                "Annoncøren har annulleret");
    }

    public static PlacementImpressionRecorded placementImpressionRecorded() {
        return new PlacementImpressionRecorded(
                UUID.fromString("e3000000-0000-4000-8000-000000000001"),
                OCCURRED_AT,
                BOOKING_ID,
                Channel.EVENT_LISTING,
                3,
                "q0Jm1l9uXq3vPz8bB2kQ7w");
    }

    public static PlacementClickRecorded placementClickRecorded() {
        return new PlacementClickRecorded(
                UUID.fromString("e3000000-0000-4000-8000-000000000002"),
                OCCURRED_AT,
                BOOKING_ID,
                Channel.NEWSLETTER,
                3);
    }

    public static DeliveryRequested deliveryRequested() {
        return new DeliveryRequested(
                UUID.fromString("e4000000-0000-4000-8000-000000000001"),
                OCCURRED_AT,
                UUID.fromString("d0000000-0000-4000-8000-000000000001"),
                SUBSCRIBER_ID,
                DeliveryKind.THEME_ALERT,
                ARTICLE_ID.toString());
    }
}
