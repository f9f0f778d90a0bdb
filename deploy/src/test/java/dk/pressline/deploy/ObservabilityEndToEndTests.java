package dk.pressline.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the launcher starts for an operator to look inside. One editor's publish is one trace in the trace viewer: the
 * request names its trace (W3C {@code traceparent}, as a browser's or a proxy's instrumentation would), and Zipkin then
 * holds spans of that trace from article-service, which took the request and sent the event, and from the services
 * that consumed it. Where the machine has Prometheus, it scrapes every process and has the alert rules loaded.
 */
@OnRunningPlatform
public class ObservabilityEndToEndTests {

    public static final String TRACE_VIEWER = "http://localhost:" + LocalPlatform.TRACE_VIEWER_PORT;
    private static final String PROMETHEUS = "http://localhost:" + LocalPlatform.PROMETHEUS_PORT;
    private static final JsonMapper json = JsonMapper.builder().build();
    private static final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aPublishIsOneTraceAcrossArticleSearchAndNotificationServiceInTheTraceViewer() throws Exception {
        var traceId = publishInATraceOfItsOwn("Sporet af en udgivelse");

        awaitSpansOfEveryServiceIn(traceId);
    }

    /** An editor publishes an article in a trace the request names; returns the trace id. */
    public static String publishInATraceOfItsOwn(String headline) throws Exception {
        var editor = RunningPlatform.token("editor:editor-secret");
        var created = send(editor, "/api/articles", """
                {"headline": "%s", "teaser": "Et spor fra redaktør til læser.",
                 "bodyHtml": "<p>Et spor fra redaktør til læser.</p>", "authorIds": ["anne-kjaergaard"],
                 "sectionSlug": "klima", "language": "da"}""".formatted(headline), null, 201);
        var id = created.get("id").asString();
        send(editor, "/api/articles/" + id + "/submit", null, null, 200);
        var traceId = HexFormat.of().formatHex(randomBytes(16));
        send(
                editor,
                "/api/articles/" + id + "/publish",
                null,
                "00-" + traceId + "-" + HexFormat.of().formatHex(randomBytes(8)) + "-01",
                200);
        return traceId;
    }

    /** Waits until the trace viewer holds spans of the trace from article-, search- and notification-service. */
    public static void awaitSpansOfEveryServiceIn(String traceId) {
        await().atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofSeconds(2))
                .untilAsserted(() -> assertThat(servicesIn(traceId))
                        .as("services with spans in trace " + traceId)
                        .contains("article-service", "search-service", "notification-service"));
    }

    @Test
    void prometheusScrapesEveryProcessAndEvaluatesTheAlertRulesWhereTheMachineHasIt() throws Exception {
        assumeThat(LocalPrometheus.installed()).as("Prometheus installed here").isPresent();

        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(2))
                .untilAsserted(() -> {
                    var targets =
                            get(PROMETHEUS + "/api/v1/targets").get("data").get("activeTargets");
                    var health = new HashMap<String, String>();
                    targets.forEach(target -> health.put(
                            target.get("labels").get("job").asString(),
                            target.get("health").asString()));
                    assertThat(health)
                            .as("scrape targets")
                            .containsEntry("pressline-article-service", "up")
                            .containsEntry("pressline-sponsor-service", "up")
                            .containsEntry("pressline-search-service", "up")
                            .containsEntry("pressline-notification-service", "up")
                            .containsEntry("pressline-website", "up")
                            .containsEntry("pressline-gateway", "up")
                            .containsEntry("pressline-auth-server", "up")
                            .doesNotContainValue("down");
                });
        var alerts = new HashSet<String>();
        get(PROMETHEUS + "/api/v1/rules")
                .get("data")
                .get("groups")
                .forEach(group -> group.get("rules")
                        .forEach(rule -> alerts.add(rule.get("name").asString())));
        assertThat(alerts).contains("ConsumerLagGrowing", "OutboxEventWaiting", "DeadLetterTopicNotEmpty");
    }

    private static JsonNode get(String url) throws Exception {
        var response = http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(url + ": " + response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    /** The services whose spans the viewer holds for the trace. */
    private static Set<String> servicesIn(String traceId) throws Exception {
        var response = http.send(
                HttpRequest.newBuilder(URI.create(TRACE_VIEWER + "/api/v2/trace/" + traceId))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        var services = new HashSet<String>();
        if (response.statusCode() == 200) {
            json.readTree(response.body()).forEach(span -> {
                assertThat(span.get("traceId").asString()).isEqualTo(traceId);
                services.add(span.get("localEndpoint").get("serviceName").asString());
            });
        }
        return services;
    }

    private static JsonNode send(String token, String path, String body, String traceparent, int expectedStatus)
            throws Exception {
        var request = HttpRequest.newBuilder(URI.create(RunningPlatform.GATEWAY + path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (traceparent != null) {
            request.header("traceparent", traceparent);
        }
        var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(expectedStatus);
        return json.readTree(response.body());
    }

    private static byte[] randomBytes(int count) {
        var bytes = new byte[count];
        ThreadLocalRandom.current().nextBytes(bytes);
        return bytes;
    }
}
