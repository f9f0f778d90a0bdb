package dk.pressline.events;

import static org.assertj.core.api.Assertions.assertThat;

import dk.pressline.events.cloudevents.EventEnvelopes;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Pins the exact JSON producers emit, so a change in the mapping shows up as a failing diff here first. */
class EventJsonContractTests {

    @Test
    void publishedArticleBodyIsPinned() throws IOException {
        var body = EventEnvelopes.toCloudEvent(EventFixtures.articlePublished(), "article-service")
                .getData()
                .toBytes();

        assertThat(EventJson.mapper().readTree(body)).isEqualTo(contract("article-published.json"));
    }

    @Test
    void activatedPlacementBodyIsPinned() throws IOException {
        var body = EventEnvelopes.toCloudEvent(EventFixtures.placementActivated(), "sponsor-service")
                .getData()
                .toBytes();

        assertThat(EventJson.mapper().readTree(body)).isEqualTo(contract("placement-activated.json"));
    }

    @Test
    void pinnedBodiesStillDecodeToTheEvent() throws IOException {
        var article = EventJson.mapper().writeValueAsBytes(contract("article-published.json"));
        var placement = EventJson.mapper().writeValueAsBytes(contract("placement-activated.json"));

        assertThat(EventJson.fromBytes(article, EventTypes.ARTICLE_PUBLISHED.javaType()))
                .isEqualTo(EventFixtures.articlePublished());
        assertThat(EventJson.fromBytes(placement, EventTypes.PLACEMENT_ACTIVATED.javaType()))
                .isEqualTo(EventFixtures.placementActivated());
    }

    private static JsonNode contract(String name) throws IOException {
        try (InputStream in = EventJsonContractTests.class.getResourceAsStream("/contracts/" + name)) {
            assertThat(in).as("contract " + name).isNotNull();
            return EventJson.mapper().readTree(in);
        }
    }
}
