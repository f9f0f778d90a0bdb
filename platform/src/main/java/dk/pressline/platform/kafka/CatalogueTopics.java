package dk.pressline.platform.kafka;

import dk.pressline.events.Topic;
import dk.pressline.events.Topics;
import java.util.List;
import org.apache.kafka.clients.admin.NewTopic;

/** The catalogue topics one service produces to or consumes from, declared as Kafka wants them created. */
final class CatalogueTopics {

    private CatalogueTopics() {}

    static List<Topic> touchedBy(String service) {
        return Topics.all().stream()
                .filter(topic ->
                        topic.producers().contains(service) || topic.consumers().contains(service))
                .toList();
    }

    static NewTopic declaration(Topic topic, TopicNames names, short replicationFactor) {
        return new NewTopic(names.of(topic), topic.partitions(), replicationFactor).configs(topic.kafkaConfigs());
    }
}
