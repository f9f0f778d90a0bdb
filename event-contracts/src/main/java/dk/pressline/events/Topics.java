package dk.pressline.events;

import dk.pressline.events.Topic.CleanupPolicy;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The catalogue of every Kafka topic Pressline services talk through. */
public final class Topics {

    public static final String ARTICLE_SERVICE = "article-service";
    public static final String SPONSOR_SERVICE = "sponsor-service";
    public static final String SEARCH_SERVICE = "search-service";
    public static final String NOTIFICATION_SERVICE = "notification-service";

    public static final Topic ARTICLES = new Topic(
            "articles",
            "article id",
            6,
            CleanupPolicy.COMPACT,
            null,
            Set.of(ARTICLE_SERVICE),
            Set.of(SEARCH_SERVICE, NOTIFICATION_SERVICE),
            "State of every article: each value carries the full published snapshot, so the compacted topic alone "
                    + "is enough to rebuild every published article.");

    public static final Topic PLACEMENTS = new Topic(
            "placements",
            "booking id",
            3,
            CleanupPolicy.COMPACT,
            null,
            Set.of(SPONSOR_SERVICE),
            Set.of(SEARCH_SERVICE, NOTIFICATION_SERVICE),
            "State of every sponsored placement booking: each value carries the full placement snapshot.");

    public static final Topic INTERACTIONS = new Topic(
            "interactions",
            "booking id",
            6,
            CleanupPolicy.DELETE,
            Duration.ofDays(30),
            Set.of(SEARCH_SERVICE, NOTIFICATION_SERVICE, SPONSOR_SERVICE),
            Set.of(SPONSOR_SERVICE),
            "Impressions and clicks of sponsored placements, counted for advertiser reports.");

    public static final Topic NOTIFICATION_DELIVERIES = new Topic(
            "notification-deliveries",
            "subscriber id",
            6,
            CleanupPolicy.DELETE,
            Duration.ofDays(7),
            Set.of(NOTIFICATION_SERVICE),
            Set.of(NOTIFICATION_SERVICE),
            "Delivery queue that fans theme alerts and newsletters out per subscriber.");

    private static final List<Topic> ALL = List.of(ARTICLES, PLACEMENTS, INTERACTIONS, NOTIFICATION_DELIVERIES);

    private Topics() {}

    public static List<Topic> all() {
        return ALL;
    }

    public static Optional<Topic> byName(String name) {
        return ALL.stream().filter(topic -> topic.name().equals(name)).findFirst();
    }
}
