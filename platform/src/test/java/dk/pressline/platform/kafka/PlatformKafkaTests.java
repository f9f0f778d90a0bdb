package dk.pressline.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import dk.pressline.events.Topics;
import dk.pressline.testsupport.RealServers;
import dk.pressline.testsupport.Server;
import dk.pressline.testsupport.TestServers;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest(
        classes = PlatformKafkaTests.SearchLikeService.class,
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = "spring.application.name=search-service")
@RealServers(Server.KAFKA)
class PlatformKafkaTests {

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class SearchLikeService {}

    @Autowired
    TopicNames topicNames;

    @Autowired
    KafkaClusterHealthIndicator kafkaHealth;

    @Test
    void createsTheTopicsTheServiceTouchesAsTheCatalogueDeclaresThem() throws Exception {
        try (var admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestServers.kafka().bootstrapServers()))) {
            var existing = admin.listTopics().names().get();
            assertThat(existing)
                    .contains(
                            topicNames.of(Topics.ARTICLES),
                            topicNames.of(Topics.PLACEMENTS),
                            topicNames.of(Topics.INTERACTIONS));
            assertThat(existing).doesNotContain(topicNames.of(Topics.NOTIFICATION_DELIVERIES));

            for (var topic : List.of(Topics.ARTICLES, Topics.PLACEMENTS, Topics.INTERACTIONS)) {
                var name = topicNames.of(topic);
                var description = admin.describeTopics(List.of(name))
                        .allTopicNames()
                        .get()
                        .get(name);
                var resource = new ConfigResource(ConfigResource.Type.TOPIC, name);
                var config =
                        admin.describeConfigs(List.of(resource)).all().get().get(resource);

                assertThat(description.partitions()).as(name).hasSize(topic.partitions());
                topic.kafkaConfigs()
                        .forEach((key, value) -> assertThat(config.get(key).value())
                                .as(name + " " + key)
                                .isEqualTo(value));
            }
        }
    }

    @Test
    void reportsTheReachableClusterAsUp() {
        var health = kafkaHealth.health(true);

        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("brokers", 1).containsKey("clusterId");
    }
}
