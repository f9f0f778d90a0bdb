package dk.pressline.notification;

import dk.pressline.testsupport.TestServers;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/** A consumer group's committed offsets on the test broker: read them, or rewind them as if never committed. */
public final class ConsumerGroups implements AutoCloseable {

    private final Admin admin;

    private ConsumerGroups(Admin admin) {
        this.admin = admin;
    }

    public static ConsumerGroups open() {
        return new ConsumerGroups(Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, TestServers.kafka().bootstrapServers())));
    }

    /** How many records of the topic the group has not committed yet. */
    public long lag(String group, String topic) throws ExecutionException, InterruptedException {
        var partitions = partitions(topic);
        var ends = admin.listOffsets(partitions.stream().collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest())))
                .all()
                .get();
        var committed = admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata()
                .get();
        return partitions.stream()
                .mapToLong(partition -> ends.get(partition).offset()
                        - (committed.get(partition) == null
                                ? 0
                                : committed.get(partition).offset()))
                .sum();
    }

    /** Sets the group's offsets on the topic back to the start: every record is delivered again. */
    public void rewind(String group, String topic) throws ExecutionException, InterruptedException {
        var partitions = partitions(topic);
        admin.alterConsumerGroupOffsets(
                        group, partitions.stream().collect(Collectors.toMap(p -> p, p -> new OffsetAndMetadata(0))))
                .all()
                .get();
    }

    private List<TopicPartition> partitions(String topic) throws ExecutionException, InterruptedException {
        return admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().stream()
                .map(info -> new TopicPartition(topic, info.partition()))
                .toList();
    }

    @Override
    public void close() {
        admin.close();
    }
}
