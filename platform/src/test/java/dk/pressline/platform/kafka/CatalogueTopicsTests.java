package dk.pressline.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import dk.pressline.events.Topic;
import dk.pressline.events.Topics;
import org.junit.jupiter.api.Test;

class CatalogueTopicsTests {

    @Test
    void aServiceTouchesTheTopicsItProducesAndConsumes() {
        assertThat(CatalogueTopics.touchedBy(Topics.SEARCH_SERVICE).stream().map(Topic::name))
                .containsExactlyInAnyOrder("articles", "placements", "interactions");
        assertThat(CatalogueTopics.touchedBy(Topics.ARTICLE_SERVICE).stream().map(Topic::name))
                .containsExactly("articles");
        assertThat(CatalogueTopics.touchedBy("unknown-service")).isEmpty();
    }

    @Test
    void declaresATopicUnderItsDeploymentNameWithTheCataloguesSettings() {
        var declaration = CatalogueTopics.declaration(Topics.ARTICLES, new TopicNames("staging."), (short) 3);

        assertThat(declaration.name()).isEqualTo("staging.articles");
        assertThat(declaration.numPartitions()).isEqualTo(6);
        assertThat(declaration.replicationFactor()).isEqualTo((short) 3);
        assertThat(declaration.configs())
                .containsEntry("cleanup.policy", "compact")
                .containsEntry("retention.ms", "-1");
    }
}
