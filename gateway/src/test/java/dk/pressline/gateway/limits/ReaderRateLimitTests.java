package dk.pressline.gateway.limits;

import static dk.pressline.errorpages.ErrorPageAssertions.assertDanishPage;
import static dk.pressline.errorpages.ErrorPageAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dk.pressline.errorpages.RawHttp;
import dk.pressline.gateway.EchoingService;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Anonymous clients are limited, each by its own address, to a burst of 5 and 1 request a second here. The tests
 * connect from 127.0.0.1, made a trusted proxy, so each test is its own client by the X-Forwarded-For it sends.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "pressline.gateway.reader-rate.burst=5",
            "pressline.gateway.reader-rate.requests-per-second=1",
            "spring.cloud.gateway.server.webmvc.trusted-proxies=127\\.0\\.0\\.1"
        })
class ReaderRateLimitTests {

    static final int BURST = 5;
    static final List<EchoingService> upstreams = new CopyOnWriteArrayList<>();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        var search = start("search-service").url();
        var website = start("website").url();
        registry.add("pressline.gateway.search-service", () -> search);
        registry.add("pressline.gateway.website", () -> website);
    }

    @AfterAll
    static void stopUpstreams() {
        upstreams.forEach(EchoingService::stop);
    }

    @Test
    void refusesAnAnonymousApiClientPastItsBurstWithProblemJsonAndRetryAfter() {
        var client = "203.0.113.1";
        var answers = IntStream.range(0, BURST + 1)
                .mapToObj(i -> api(client, "/api/search?q=burst-" + i))
                .toList();

        assertThat(answers.subList(0, BURST))
                .allSatisfy(answer -> assertThat(answer.status()).isEqualTo(200));
        var refused = answers.getLast();
        assertProblem(refused, 429, "Too Many Requests");
        assertThat(refused.header("Retry-After")).isEqualTo("1");
        assertThat(received())
                .filteredOn(request -> request.contains("q=burst-"))
                .hasSize(BURST);
    }

    @Test
    void refusesAReaderPastTheBurstWithTheDanishPage() {
        var client = "203.0.113.2";
        for (int i = 0; i < BURST; i++) {
            assertThat(page(client, "/artikel/side-" + i).status()).isEqualTo(200);
        }

        var refused = page(client, "/artikel/en-for-meget");

        assertDanishPage(refused, 429, "Du har hentet mange sider på kort tid");
        assertThat(refused.header("Retry-After")).isEqualTo("1");
        assertThat(received()).noneMatch(request -> request.contains("en-for-meget"));
    }

    @Test
    void keepsEachClientsLimitApart() {
        for (int i = 0; i <= BURST; i++) {
            api("203.0.113.3", "/api/search?q=busy");
        }
        assertThat(api("203.0.113.3", "/api/search?q=busy").status()).isEqualTo(429);

        assertThat(api("203.0.113.4", "/api/search?q=quiet").status()).isEqualTo(200);
    }

    @Test
    void letsAClientBackInAsItsBucketRefills() {
        for (int i = 0; i <= BURST; i++) {
            api("203.0.113.5", "/api/search?q=patient");
        }

        await().atMost(Duration.ofSeconds(5))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> api("203.0.113.5", "/api/search?q=patient").status() == 200);
    }

    @Test
    void neverLimitsARequestWithABearerToken() {
        var answers = IntStream.range(0, BURST * 4)
                .mapToObj(i -> RawHttp.get(
                        port,
                        "/api/search?q=editor-" + i,
                        "application/json",
                        "X-Forwarded-For: 203.0.113.6",
                        "Authorization: Bearer an-editors-token"))
                .toList();

        assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).isEqualTo(200));
    }

    @Test
    void limitsActuatorPathsOnThePublicPortLikeAnyPageButNeverTheProbes() {
        var client = "203.0.113.7";
        var probes = IntStream.range(0, BURST * 2)
                .mapToObj(i -> page(client, i % 2 == 0 ? "/readyz" : "/livez"))
                .toList();
        var actuator = IntStream.range(0, BURST + 1)
                .mapToObj(i -> page(client, "/actuator/health"))
                .toList();

        assertThat(probes).allSatisfy(answer -> assertThat(answer.status()).isEqualTo(200));
        assertThat(actuator.getLast().status()).isEqualTo(429);
    }

    private RawHttp.Response api(String client, String target) {
        return RawHttp.get(port, target, "application/json", "X-Forwarded-For: " + client);
    }

    private RawHttp.Response page(String client, String target) {
        return RawHttp.get(port, target, RawHttp.BROWSER, "X-Forwarded-For: " + client);
    }

    /** A service that answers 200 with its name and the request line, and notes the request. */
    private static EchoingService start(String name) {
        var upstream = EchoingService.start(name);
        upstreams.add(upstream);
        return upstream;
    }

    /** The requests the services received, each as its name and request line. */
    private static List<String> received() {
        return upstreams.stream()
                .flatMap(upstream -> upstream.requests().stream())
                .toList();
    }
}
