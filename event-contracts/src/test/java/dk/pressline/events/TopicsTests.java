package dk.pressline.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.pressline.events.Topic.CleanupPolicy;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TopicsTests {

    @Test
    void compactedStateTopicsAreKeptForever() {
        assertThat(Topics.ARTICLES.kafkaConfigs())
                .containsEntry("cleanup.policy", "compact")
                .containsEntry("retention.ms", "-1");
        assertThat(Topics.PLACEMENTS.kafkaConfigs())
                .containsEntry("cleanup.policy", "compact")
                .containsEntry("retention.ms", "-1");
    }

    @Test
    void streamTopicsDeleteRecordsAfterTheirRetention() {
        assertThat(Topics.INTERACTIONS.kafkaConfigs())
                .containsEntry("cleanup.policy", "delete")
                .containsEntry("retention.ms", Long.toString(Duration.ofDays(30).toMillis()));
        assertThat(Topics.NOTIFICATION_DELIVERIES.kafkaConfigs())
                .containsEntry("cleanup.policy", "delete")
                .containsEntry("retention.ms", "604800000");
    }

    @Test
    void catalogueDeclaresWhoWritesAndReadsEachTopic() {
        assertThat(Topics.all())
                .extracting(Topic::name)
                .containsExactly("articles", "placements", "interactions", "notification-deliveries");
        assertThat(Topics.ARTICLES.producers()).containsExactly("article-service");
        assertThat(Topics.ARTICLES.consumers()).containsExactlyInAnyOrder("search-service", "notification-service");
        assertThat(Topics.INTERACTIONS.producers())
                .containsExactlyInAnyOrder("search-service", "notification-service", "sponsor-service");
        assertThat(Topics.INTERACTIONS.consumers()).containsExactly("sponsor-service");
        assertThat(Topics.all()).extracting(Topic::partitions).containsExactly(6, 3, 6, 6);
    }

    @Test
    void topicsAreFoundByName() {
        assertThat(Topics.byName("placements")).contains(Topics.PLACEMENTS);
        assertThat(Topics.byName("placement")).isEmpty();
    }

    @Test
    void everyTopicCarriesAtLeastOneRegisteredEventType() {
        assertThat(EventTypes.all()).extracting(EventType::topic).containsAll(Topics.all());
    }

    @Test
    void aTopicWithoutPartitionsIsRejected() {
        assertThatThrownBy(() -> new Topic(
                        "x", "id", 0, CleanupPolicy.DELETE, Duration.ofDays(1), Set.of(), Set.of(), "nothing"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
