package dk.pressline.article;

import static org.assertj.core.api.Assertions.assertThat;

import dk.pressline.events.PresslineEvent;
import dk.pressline.events.Topics;
import dk.pressline.events.article.ArticleCorrected;
import dk.pressline.events.article.ArticleEvent;
import dk.pressline.events.article.ArticlePublished;
import dk.pressline.events.article.ArticleUnpublished;
import dk.pressline.events.article.ArticleUpdated;
import dk.pressline.events.cloudevents.EventEnvelopes;
import dk.pressline.events.schema.EventSchemas;
import dk.pressline.platform.kafka.TopicNames;
import dk.pressline.testsupport.RealServers;
import dk.pressline.testsupport.Server;
import dk.pressline.testsupport.kafka.KafkaProbe;
import dk.pressline.testsupport.security.AcceptsTestTokens;
import dk.pressline.testsupport.security.TestTokens;
import dk.pressline.testsupport.web.ApiClient;
import dk.pressline.testsupport.web.ServiceConventions;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "pressline.site-url=" + ArticleWorkflowTests.SITE_URL)
@AcceptsTestTokens
@RealServers({Server.KAFKA, Server.POSTGRES})
class ArticleWorkflowTests {

    static final String SITE_URL = "https://nyheder.example";

    @LocalServerPort
    int port;

    @Autowired
    TopicNames topicNames;

    Newsroom newsroom;

    @BeforeEach
    void newsroom() {
        newsroom = Newsroom.at(port);
    }

    @Test
    void walksAnArticleThroughTheWorkflowAndTellsReadersAtEveryVisibleStep() {
        var id = newsroom.create("Københavns grønne tage breder sig")
                .json()
                .path("id")
                .asString();

        assertThat(newsroom.act(id, "submit")).isEqualTo("IN_REVIEW");
        assertThat(newsroom.act(id, "publish")).isEqualTo("PUBLISHED");
        var edited = newsroom.editor
                .withHeader("If-Match", "\"3\"")
                .put("/api/articles/" + id, newsroom.article("Københavns grønne tage breder sig hurtigt"));
        assertThat(newsroom.ok(edited).json().path("revision").asLong()).isEqualTo(4);
        assertThat(newsroom.act(id, "correct", """
                {"note": "Tidligere stod der 40 tage; det rigtige tal er 14."}""")).isEqualTo("PUBLISHED");
        assertThat(newsroom.act(id, "unpublish", """
                {"reason": "Kilden har trukket sine tal tilbage."}""")).isEqualTo("UNPUBLISHED");
        assertThat(newsroom.act(id, "redraft")).isEqualTo("DRAFT");

        var events = eventsOf(id, 4);
        assertThat(events)
                .extracting(event -> event.getClass().getSimpleName())
                .containsExactly("ArticlePublished", "ArticleUpdated", "ArticleCorrected", "ArticleUnpublished");
        var published = (ArticlePublished) events.get(0);
        assertThat(published.article().headline()).isEqualTo("Københavns grønne tage breder sig");
        assertThat(published.article().slug()).isEqualTo("koebenhavns-groenne-tage-breder-sig");
        assertThat(published.article().authors())
                .extracting(author -> author.name())
                .containsExactly("Mette Holm");
        assertThat(published.article().themes())
                .extracting(theme -> theme.name())
                .containsExactly("Grøn omstilling");
        assertThat(((ArticleUpdated) events.get(1)).article().headline()).endsWith("hurtigt");
        var corrected = (ArticleCorrected) events.get(2);
        assertThat(corrected.correctionNote()).contains("14");
        assertThat(corrected.article().corrections()).hasSize(1);
        assertThat(((ArticleUnpublished) events.get(3)).reason()).isEqualTo("Kilden har trukket sine tal tilbage.");
        assertThat(events)
                .extracting(event -> ((ArticleEvent) event).article().revision())
                .isSorted();
    }

    @Test
    void anArticleEventsCanonicalUrlIsOnTheConfiguredSiteUnlessTheEditorSetsAnother() {
        var ours = newsroom.create("Tagfarmen i Valby").json().path("id").asString();
        var syndicated = newsroom.created(
                        "/api/articles",
                        newsroom.article("Bragt fra en partner")
                                .replace(
                                        "\"language\"",
                                        "\"canonicalUrl\": \"https://partner.example/original\", \"language\""))
                .json()
                .path("id")
                .asString();
        for (var id : List.of(ours, syndicated)) {
            newsroom.act(id, "submit");
            newsroom.act(id, "publish");
        }

        var published = ((ArticlePublished) eventsOf(ours, 1).getFirst()).article();
        assertThat(published.canonicalUrl()).isEqualTo(SITE_URL + "/artikel/" + published.slug());
        assertThat(((ArticlePublished) eventsOf(syndicated, 1).getFirst())
                        .article()
                        .canonicalUrl())
                .isEqualTo("https://partner.example/original");
    }

    @Test
    void refusesWorkflowMovesTheStatusDoesNotAllow() {
        var id = newsroom.create("Et udkast").json().path("id").asString();

        var publishDraft =
                newsroom.editor.post("/api/articles/" + id + "/publish", null).assertProblem(409);
        assertThat(publishDraft.path("detail").asString())
                .isEqualTo("Cannot publish an article that is DRAFT; it must be [IN_REVIEW, SCHEDULED].");
        newsroom.editor.post("/api/articles/" + id + "/unpublish", """
                {"reason": "Fejl"}""").assertProblem(409);
        newsroom.editor.post("/api/articles/" + id + "/correct", """
                {"note": "Rettelse"}""").assertProblem(409);
        assertThat(newsroom.ok(newsroom.editor.get("/api/articles/" + id))
                        .json()
                        .path("status")
                        .asString())
                .isEqualTo("DRAFT");
    }

    @Test
    void sanitisesHostileHtmlInTheBody() {
        var hostile = "<p onclick='steal()'>Hej <b>læser</b></p><script>alert(1)</script>"
                + "<a href='javascript:alert(1)'>klik</a><img src='https://x.dk/a.png' onerror='alert(1)'>"
                + "<iframe src='https://evil.example'></iframe><a href='https://pressline.dk'>ok</a>";

        var body = newsroom.created("/api/articles", newsroom.article("Sikker brødtekst", hostile))
                .json()
                .path("content")
                .path("bodyHtml")
                .asString();

        assertThat(body)
                .doesNotContainIgnoringCase("script")
                .doesNotContainIgnoringCase("onclick")
                .doesNotContainIgnoringCase("onerror")
                .doesNotContainIgnoringCase("javascript:")
                .doesNotContainIgnoringCase("iframe");
        assertThat(body)
                .contains("<b>læser</b>")
                .contains("href=\"https://pressline.dk\"")
                .contains("src=\"https://x.dk/a.png\"");
    }

    @Test
    void refusesAStaleEditAndKeepsTheNewerContent() {
        var id = newsroom.create("Første overskrift").json().path("id").asString();
        newsroom.ok(newsroom.editor
                .withHeader("If-Match", "\"1\"")
                .put("/api/articles/" + id, newsroom.article("Anden overskrift")));

        newsroom.editor
                .withHeader("If-Match", "\"1\"")
                .put("/api/articles/" + id, newsroom.article("Forældet overskrift"))
                .assertProblem(412);
        newsroom.editor
                .put("/api/articles/" + id, newsroom.article("Uden If-Match"))
                .assertProblem(428);

        assertThat(newsroom.editor
                        .get("/api/articles/" + id)
                        .json()
                        .path("content")
                        .path("headline")
                        .asString())
                .isEqualTo("Anden overskrift");
    }

    @Test
    void keepsEverySaveAndRestoresAnEarlierOne() {
        var id = newsroom.create("Original").json().path("id").asString();
        newsroom.ok(
                newsroom.editor.withHeader("If-Match", "\"1\"").put("/api/articles/" + id, newsroom.article("Ændret")));

        var revisions = newsroom.ok(newsroom.editor.get("/api/articles/" + id + "/revisions"))
                .json();
        assertThat(revisions.size()).isEqualTo(2);
        var differences = newsroom.ok(newsroom.editor.get("/api/articles/" + id + "/revisions/compare?from=1&to=2"))
                .json();
        assertThat(differences.size()).isEqualTo(2);
        assertThat(differences.get(0).path("field").asString()).isEqualTo("headline");
        assertThat(differences.get(0).path("from").asString()).isEqualTo("Original");

        var restored = newsroom.ok(newsroom.editor
                        .withHeader("If-Match", "\"2\"")
                        .post("/api/articles/" + id + "/revisions/1/restore", null))
                .json();

        assertThat(restored.path("revision").asLong()).isEqualTo(3);
        assertThat(restored.path("content").path("headline").asString()).isEqualTo("Original");
    }

    @Test
    void keepsAnOldSlugAsARedirect() {
        var id = newsroom.create("Gammel titel").json().path("id").asString();
        newsroom.ok(newsroom.editor
                .withHeader("If-Match", "\"1\"")
                .put(
                        "/api/articles/" + id,
                        newsroom.article("Ny titel")
                                .replace(
                                        "\"language\"",
                                        "\"slug\": \"ny-titel-" + id.substring(0, 8) + "\", \"language\"")));

        var old = newsroom.editor.get("/api/articles/by-slug/gammel-titel");

        assertThat(old.status()).isEqualTo(301);
        assertThat(old.header("Location")).hasValue("/api/articles/by-slug/ny-titel-" + id.substring(0, 8));
    }

    @Test
    void refusesHostileOrUnknownInputAndStoresNothing() {
        long before = total();

        newsroom.editor
                .post("/api/articles", newsroom.article("<script>alert(1)</script>"))
                .assertProblem(400);
        var unknownSection = newsroom.editor
                .post("/api/articles", newsroom.article("Ukendt sektion").replace(newsroom.section, "findes-ikke"))
                .assertProblem(400);
        assertThat(unknownSection.path("errors").get(0).path("field").asString())
                .isEqualTo("sectionSlug");
        newsroom.editor
                .sendingUndocumentedRequests()
                .post("/api/articles", newsroom.article("Forkert sprog").replace("\"da\"", "\"de\""))
                .assertProblem(400);

        assertThat(total()).isEqualTo(before);
    }

    @Test
    void letsOnlyEditorsAndAdminsIntoTheNewsroom() {
        var anonymous = ApiClient.atLocalPort(port);
        var sales = anonymous.withToken(TestTokens.sales().encode());
        var advertiser = anonymous.withToken(TestTokens.advertiser("ad-nordlys").encode());
        var admin = anonymous.withToken(TestTokens.admin().encode());

        anonymous.get("/api/articles").assertProblem(401);
        sales.get("/api/articles").assertProblem(403);
        advertiser.post("/api/articles", newsroom.article("Reklame")).assertProblem(403);
        assertThat(admin.get("/api/articles").status()).isEqualTo(200);
        assertThat(newsroom.editor.get("/api/articles?theme=" + newsroom.theme).status())
                .isEqualTo(200);
        ServiceConventions.assertRefusesBadTokens(anonymous, "/api/articles", TestTokens.editor());
    }

    private long total() {
        return newsroom.editor
                .get("/api/articles?size=1")
                .json()
                .path("totalItems")
                .asLong();
    }

    private List<PresslineEvent> eventsOf(String articleId, int expected) {
        try (var probe = KafkaProbe.reading(topicNames.of(Topics.ARTICLES))) {
            return probe
                    .awaitRecords(record -> articleId.equals(record.key()), expected, Duration.ofSeconds(30))
                    .stream()
                    .map(ArticleWorkflowTests::decodedAndValidated)
                    .toList();
        }
    }

    private static PresslineEvent decodedAndValidated(ConsumerRecord<String, byte[]> record) {
        var cloudEvent = EventEnvelopes.toCloudEvent(record);
        EventSchemas.validate(cloudEvent);
        return EventEnvelopes.fromCloudEvent(cloudEvent);
    }
}
