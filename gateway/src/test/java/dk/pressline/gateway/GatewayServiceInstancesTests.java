package dk.pressline.gateway;

import static dk.pressline.errorpages.ErrorPageAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import dk.pressline.errorpages.RawHttp;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A service may run as several instances, listed comma-separated in its {@code pressline.gateway} URL: requests take
 * turns among them, and a read that meets a dead instance goes on to a live one. search-service runs two live instances
 * here, notification-service a live one and a stopped one, and article-service a single one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayServiceInstancesTests {

    static final Map<String, EchoingService> instances = new ConcurrentHashMap<>();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        var searchOne = start("search-1");
        var searchTwo = start("search-2");
        var notificationLive = start("notification-live");
        var notificationStopped = start("notification-stopped");
        notificationStopped.stop();
        var article = start("article");
        registry.add("pressline.gateway.search-service", () -> searchOne.url() + "," + searchTwo.url());
        registry.add(
                "pressline.gateway.notification-service",
                () -> notificationLive.url() + ", " + notificationStopped.url());
        registry.add("pressline.gateway.article-service", article::url);
    }

    @AfterAll
    static void stopInstances() {
        instances.values().forEach(EchoingService::stop);
    }

    @Test
    void requestsTakeTurnsAmongAServicesInstances() throws Exception {
        for (int i = 0; i < 10; i++) {
            assertThat(send("GET", "/api/search?q=klima" + i, null).statusCode())
                    .isEqualTo(200);
        }

        assertThat(requestsTo("search-1")).hasSize(5);
        assertThat(requestsTo("search-2")).hasSize(5);
        assertThat(requestsTo("search-1")).doesNotContainAnyElementsOf(requestsTo("search-2"));
    }

    @Test
    void everyReadSucceedsWhileOneInstanceIsDown() throws Exception {
        for (int i = 0; i < 20; i++) {
            var response = send("GET", "/api/newsletter/preview?n=" + i, null);

            assertThat(response.statusCode()).as("read %d", i).isEqualTo(200);
            assertThat(response.body()).isEqualTo("notification-live GET /api/newsletter/preview?n=" + i + " ");
        }
    }

    @Test
    void aPostWhoseInstanceIsDownIsNotSentToAnotherButAnsweredServiceUnavailable() {
        var postsBefore = postsTo("notification-live").size();
        var answers = new ArrayList<RawHttp.Response>();
        for (var email : new String[] {"a@example.dk", "b@example.dk"}) {
            answers.add(RawHttp.send(
                    port,
                    "POST /api/subscriptions HTTP/1.1\r\nHost: localhost\r\n"
                            + "Accept: application/json\r\nContent-Type: application/json\r\nContent-Length: "
                            + (email.length() + 2) + "\r\nConnection: close\r\n\r\n\"" + email + "\""));
        }

        var refused =
                answers.stream().filter(response -> response.status() != 200).toList();
        assertThat(refused).as("the POST that met the stopped instance").hasSize(1);
        assertProblem(refused.getFirst(), 503, "Service Unavailable");
        var posts = postsTo("notification-live");
        assertThat(posts).hasSize(postsBefore + 1);
        assertThat(answers.stream()
                        .filter(response -> response.status() == 200)
                        .findFirst()
                        .orElseThrow()
                        .body())
                .isEqualTo(posts.getLast());
    }

    @Test
    void aSingleUrlStillRoutes() throws Exception {
        var response = send("GET", "/api/articles?status=DRAFT", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("article GET /api/articles?status=DRAFT ");
    }

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> requestsTo(String instance) {
        return instances.get(instance).requests();
    }

    private static List<String> postsTo(String instance) {
        return requestsTo(instance).stream()
                .filter(request -> request.startsWith(instance + " POST "))
                .toList();
    }

    /** An instance that answers with its name, the request line and the body it received. */
    private static EchoingService start(String name) {
        var instance = EchoingService.startEchoingBodies(name);
        instances.put(name, instance);
        return instance;
    }
}
