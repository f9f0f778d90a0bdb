package dk.pressline.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.pressline.article.editing.ArticleEditing;
import dk.pressline.article.editing.ArticleStatus;
import dk.pressline.testsupport.RealServers;
import dk.pressline.testsupport.Server;
import dk.pressline.testsupport.security.AcceptsTestTokens;
import dk.pressline.testsupport.time.MutableClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.test.context.bean.override.convention.TestBean;
import tools.jackson.databind.JsonNode;

/**
 * Embargo and expiry with a clock the test moves, checked by several instances at once: transactions racing for the
 * same due articles, and a second article-service on the same database, next to each one's own scheduled check.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AcceptsTestTokens
@RealServers({Server.KAFKA, Server.POSTGRES})
class ScheduledPublishingTests {

    static final MutableClock newsroomClock = new MutableClock(Instant.parse("2026-12-01T06:00:00Z"));

    @TestBean(name = "clock")
    Clock clock;

    static Clock clock() {
        return newsroomClock;
    }

    @LocalServerPort
    int port;

    @Autowired
    ArticleEditing editing;

    @Autowired
    Environment environment;

    Newsroom newsroom;

    @BeforeEach
    void newsroom() {
        newsroom = Newsroom.at(port);
    }

    @Test
    void publishesAnEmbargoedArticleAndExpiresItExactlyOnceWhileInstancesRace() throws Exception {
        var id = newsroom.create("Embargo til klokken otte").json().path("id").asString();
        newsroom.act(id, "submit");
        var publishAt = newsroomClock.instant().plus(Duration.ofHours(1));
        assertThat(newsroom.act(id, "schedule", """
                {"publishAt": "%s", "unpublishAt": "%s"}""".formatted(publishAt, publishAt.plus(Duration.ofDays(1)))))
                .isEqualTo("SCHEDULED");

        raceInstances(() -> editing.publishDue());
        assertThat(status(id)).isEqualTo("SCHEDULED");

        newsroomClock.advance(Duration.ofMinutes(61));
        raceInstances(() -> editing.publishDue());

        assertThat(status(id)).isEqualTo("PUBLISHED");
        assertThat(savesInStatus(id, "PUBLISHED")).isEqualTo(1);

        newsroomClock.advance(Duration.ofDays(1));
        raceInstances(() -> editing.unpublishExpired());

        assertThat(status(id)).isEqualTo("UNPUBLISHED");
        assertThat(savesInStatus(id, "UNPUBLISHED")).isEqualTo(1);
        assertThat(newsroom.editor
                        .get("/api/articles/" + id)
                        .json()
                        .path("unpublishReason")
                        .asString())
                .isEqualTo("Expired");
    }

    @Test
    void aSecondInstanceOnTheSameDatabaseNeverPublishesTheSameArticleAgain() {
        try (var secondInstance = secondInstance()) {
            var otherEditing = secondInstance.getBean(ArticleEditing.class);
            var id = newsroom.create("To redaktionssystemer, én udgivelse")
                    .json()
                    .path("id")
                    .asString();
            newsroom.act(id, "submit");
            newsroom.act(id, "schedule", """
                    {"publishAt": "%s"}""".formatted(newsroomClock.instant().plus(Duration.ofMinutes(10))));
            assertThat(otherEditing.get(UUID.fromString(id)).status())
                    .as("the second instance sees the article")
                    .isEqualTo(ArticleStatus.SCHEDULED);

            newsroomClock.advance(Duration.ofMinutes(11));
            try (var executor = Executors.newFixedThreadPool(2)) {
                var here = executor.submit(() -> editing.publishDue());
                var there = executor.submit(() -> otherEditing.publishDue());
                here.get();
                there.get();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }

            await().atMost(Duration.ofSeconds(15))
                    .untilAsserted(() -> assertThat(status(id)).isEqualTo("PUBLISHED"));
            assertThat(savesInStatus(id, "PUBLISHED")).isEqualTo(1);
        }
    }

    /** Another article-service on this test's database, broker and clock, with its own scheduled checks running. */
    private ConfigurableApplicationContext secondInstance() {
        var arguments = new ArrayList<String>(List.of("--server.port=0"));
        for (var name : List.of(
                "spring.datasource.url",
                "spring.datasource.username",
                "spring.datasource.password",
                "spring.kafka.bootstrap-servers",
                "pressline.kafka.topic-prefix",
                "spring.security.oauth2.resourceserver.jwt.issuer-uri",
                "spring.security.oauth2.resourceserver.jwt.public-key-location",
                "pressline.security.token-issuer")) {
            arguments.add("--" + name + "=" + environment.getProperty(name, ""));
        }
        return new SpringApplicationBuilder(ArticleServiceApplication.class)
                .initializers(context -> context.getBeanFactory().registerSingleton("newsroomClock", newsroomClock))
                .run(arguments.toArray(String[]::new));
    }

    @Test
    void theServiceItselfPublishesWhatHasComeDue() {
        var id = newsroom.create("Udgives af sig selv").json().path("id").asString();
        newsroom.act(id, "submit");
        newsroom.act(id, "schedule", """
                {"publishAt": "%s"}""".formatted(newsroomClock.instant().plus(Duration.ofMinutes(5))));

        newsroomClock.advance(Duration.ofMinutes(6));

        await().atMost(Duration.ofSeconds(15))
                .untilAsserted(() -> assertThat(status(id)).isEqualTo("PUBLISHED"));
    }

    @Test
    void refusesAnEmbargoInThePast() {
        var id = newsroom.create("For sent").json().path("id").asString();
        newsroom.act(id, "submit");

        var problem = newsroom.editor
                .post("/api/articles/" + id + "/schedule", """
                {"publishAt": "%s"}""".formatted(
                                newsroomClock.instant().minus(Duration.ofMinutes(1))))
                .assertProblem(400);

        assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("publishAt");
        assertThat(status(id)).isEqualTo("IN_REVIEW");
    }

    private static void raceInstances(Callable<Integer> instance) throws Exception {
        try (var executor = Executors.newFixedThreadPool(3)) {
            List<Callable<Integer>> instances = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                instances.add(instance);
            }
            for (var result : executor.invokeAll(instances)) {
                result.get();
            }
        }
    }

    private String status(String id) {
        return newsroom.editor.get("/api/articles/" + id).json().path("status").asString();
    }

    private long savesInStatus(String id, String status) {
        JsonNode revisions =
                newsroom.editor.get("/api/articles/" + id + "/revisions").json();
        long count = 0;
        for (var revision : revisions) {
            if (status.equals(revision.path("status").asString())) {
                count++;
            }
        }
        return count;
    }
}
