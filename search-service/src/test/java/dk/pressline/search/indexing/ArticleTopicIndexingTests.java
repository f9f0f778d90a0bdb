package dk.pressline.search.indexing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import dk.pressline.events.EventFixtures;
import dk.pressline.events.Topics;
import dk.pressline.events.article.ArticlePublished;
import dk.pressline.events.article.ArticleSnapshot;
import dk.pressline.events.article.ArticleUnpublished;
import dk.pressline.platform.kafka.KafkaEventSender;
import dk.pressline.platform.kafka.TopicNames;
import dk.pressline.testsupport.RealServers;
import dk.pressline.testsupport.Server;
import dk.pressline.testsupport.TestServers;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Articles reach the index from the articles topic itself, and a record that is not an event does not stop them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@RealServers({Server.KAFKA, Server.ELASTICSEARCH})
class ArticleTopicIndexingTests {

    @Autowired
    KafkaEventSender events;

    @Autowired
    TopicNames topicNames;

    @Autowired
    ContentIndex index;

    @Autowired
    ElasticsearchClient elasticsearch;

    @Test
    void indexesWhatIsPublishedOnTheTopicAndSkipsRecordsThatAreNotEvents() {
        var id = UUID.randomUUID();
        var article = snapshot(id, 1, "Vindmøller ud for Bornholm");
        sendGarbage(id.toString());

        events.send(new ArticlePublished(UUID.randomUUID(), Instant.now(), id, article));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(
                () -> assertThat(search("vindmølle")).contains(id.toString()));

        events.send(new ArticleUnpublished(UUID.randomUUID(), Instant.now(), id, snapshot(id, 2,
                "Vindmøller ud for Bornholm"), "Forkert kilde"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(
                () -> assertThat(search("vindmølle")).doesNotContain(id.toString()));
    }

    private void sendGarbage(String key) {
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestServers.kafka().bootstrapServers()),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topicNames.of(Topics.ARTICLES), key, "not an event".getBytes()));
        }
    }

    private List<String> search(String words) throws IOException {
        elasticsearch.indices().refresh(refresh -> refresh.index(index.alias()));
        return elasticsearch.search(search -> search.index(index.alias())
                        .query(q -> q.match(match -> match.field("headline").query(words))), Map.class)
                .hits().hits().stream().map(hit -> hit.id()).toList();
    }

    private static ArticleSnapshot snapshot(UUID id, long revision, String headline) {
        var fixture = EventFixtures.articleSnapshot();
        return new ArticleSnapshot(id, revision, "slug-" + id, List.of(), fixture.canonicalUrl(), "da", headline,
                fixture.teaser(), fixture.bodyHtml(), fixture.authors(), fixture.signOff(), fixture.section(),
                fixture.themes(), fixture.leadImage(), fixture.readAlso(), fixture.source(),
                fixture.firstPublishedAt(), fixture.lastUpdatedAt(), fixture.corrections());
    }
}
