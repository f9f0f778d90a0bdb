package dk.pressline.events;

import dk.pressline.events.article.ArticleCorrected;
import dk.pressline.events.article.ArticlePublished;
import dk.pressline.events.article.ArticleUnpublished;
import dk.pressline.events.article.ArticleUpdated;
import dk.pressline.events.interaction.PlacementClickRecorded;
import dk.pressline.events.interaction.PlacementImpressionRecorded;
import dk.pressline.events.notification.DeliveryRequested;
import dk.pressline.events.placement.PlacementActivated;
import dk.pressline.events.placement.PlacementUpdated;
import dk.pressline.events.placement.PlacementWithdrawn;
import java.util.List;
import java.util.Optional;

/**
 * Registry of every event type. Names are written out, never derived from class names, so renaming a class can
 * never change the wire contract; a breaking change gets a new name with the next version suffix.
 */
public final class EventTypes {

    public static final EventType<ArticlePublished> ARTICLE_PUBLISHED =
            new EventType<>("dk.pressline.article.published.v1", ArticlePublished.class, Topics.ARTICLES);
    public static final EventType<ArticleUpdated> ARTICLE_UPDATED =
            new EventType<>("dk.pressline.article.updated.v1", ArticleUpdated.class, Topics.ARTICLES);
    public static final EventType<ArticleCorrected> ARTICLE_CORRECTED =
            new EventType<>("dk.pressline.article.corrected.v1", ArticleCorrected.class, Topics.ARTICLES);
    public static final EventType<ArticleUnpublished> ARTICLE_UNPUBLISHED =
            new EventType<>("dk.pressline.article.unpublished.v1", ArticleUnpublished.class, Topics.ARTICLES);

    public static final EventType<PlacementActivated> PLACEMENT_ACTIVATED =
            new EventType<>("dk.pressline.placement.activated.v1", PlacementActivated.class, Topics.PLACEMENTS);
    public static final EventType<PlacementUpdated> PLACEMENT_UPDATED =
            new EventType<>("dk.pressline.placement.updated.v1", PlacementUpdated.class, Topics.PLACEMENTS);
    public static final EventType<PlacementWithdrawn> PLACEMENT_WITHDRAWN =
            new EventType<>("dk.pressline.placement.withdrawn.v1", PlacementWithdrawn.class, Topics.PLACEMENTS);

    public static final EventType<PlacementImpressionRecorded> PLACEMENT_IMPRESSION_RECORDED = new EventType<>(
            "dk.pressline.interaction.placement-impression.v1", PlacementImpressionRecorded.class, Topics.INTERACTIONS);
    public static final EventType<PlacementClickRecorded> PLACEMENT_CLICK_RECORDED = new EventType<>(
            "dk.pressline.interaction.placement-click.v1", PlacementClickRecorded.class, Topics.INTERACTIONS);

    public static final EventType<DeliveryRequested> DELIVERY_REQUESTED = new EventType<>(
            "dk.pressline.notification.delivery-requested.v1", DeliveryRequested.class, Topics.NOTIFICATION_DELIVERIES);

    private static final List<EventType<?>> ALL = List.of(
            ARTICLE_PUBLISHED,
            ARTICLE_UPDATED,
            ARTICLE_CORRECTED,
            ARTICLE_UNPUBLISHED,
            PLACEMENT_ACTIVATED,
            PLACEMENT_UPDATED,
            PLACEMENT_WITHDRAWN,
            PLACEMENT_IMPRESSION_RECORDED,
            PLACEMENT_CLICK_RECORDED,
            DELIVERY_REQUESTED);

    private EventTypes() {}

    public static List<EventType<?>> all() {
        return ALL;
    }

    public static Optional<EventType<?>> byName(String name) {
        return ALL.stream().filter(type -> type.name().equals(name)).findFirst();
    }

    /** The type registered for an event class; {@link IllegalArgumentException} if there is none. */
    @SuppressWarnings("unchecked")
    public static <E extends PresslineEvent> EventType<E> of(Class<E> javaType) {
        return (EventType<E>) ALL.stream()
                .filter(type -> type.javaType().equals(javaType))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No event type registered for " + javaType.getName()));
    }
}
