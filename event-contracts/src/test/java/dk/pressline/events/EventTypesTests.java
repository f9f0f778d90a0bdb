package dk.pressline.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.pressline.events.article.ArticleEvent;
import dk.pressline.events.article.ArticlePublished;
import dk.pressline.events.interaction.PlacementInteraction;
import dk.pressline.events.notification.DeliveryRequested;
import dk.pressline.events.placement.PlacementEvent;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventTypesTests {

    @Test
    void typeNamesAndJavaTypesAreUnique() {
        assertThat(EventTypes.all()).extracting(EventType::name).doesNotHaveDuplicates();
        assertThat(EventTypes.all()).extracting(EventType::javaType).doesNotHaveDuplicates();
    }

    @Test
    void typesAreFoundByNameAndByClass() {
        assertThat(EventTypes.byName("dk.pressline.article.published.v1")).contains(EventTypes.ARTICLE_PUBLISHED);
        assertThat(EventTypes.byName("dk.pressline.article.published.v2")).isEmpty();
        assertThat(EventTypes.of(ArticlePublished.class)).isSameAs(EventTypes.ARTICLE_PUBLISHED);
        assertThat(EventTypes.of(DeliveryRequested.class).topic()).isEqualTo(Topics.NOTIFICATION_DELIVERIES);
    }

    @Test
    void anUnregisteredClassIsRejected() {
        record Unregistered(UUID eventId, Instant occurredAt) implements PresslineEvent {
            @Override
            public String aggregateId() {
                return "x";
            }
        }
        assertThatThrownBy(() -> EventTypes.of(Unregistered.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Unregistered");
    }

    @Test
    void eachFeatureTravelsOnItsOwnTopic() {
        for (EventType<?> type : EventTypes.all()) {
            var expected = ArticleEvent.class.isAssignableFrom(type.javaType())
                    ? Topics.ARTICLES
                    : PlacementEvent.class.isAssignableFrom(type.javaType())
                            ? Topics.PLACEMENTS
                            : PlacementInteraction.class.isAssignableFrom(type.javaType())
                                    ? Topics.INTERACTIONS
                                    : Topics.NOTIFICATION_DELIVERIES;
            assertThat(type.topic()).as(type.name()).isEqualTo(expected);
        }
    }

    @Test
    void schemaLivesUnderTheTypeName() {
        assertThat(EventTypes.PLACEMENT_CLICK_RECORDED.schemaResource())
                .isEqualTo("/schemas/dk.pressline.interaction.placement-click.v1.json");
    }

    @Test
    void anUnversionedTypeNameIsRejected() {
        assertThatThrownBy(() ->
                        new EventType<>("dk.pressline.article.published", ArticlePublished.class, Topics.ARTICLES))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
