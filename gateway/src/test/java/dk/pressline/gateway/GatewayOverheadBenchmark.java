package dk.pressline.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * What the gateway adds to a reader's request: the same search sent through the gateway to a backend and straight to
 * that backend, one after the other, after a warm-up. The backend is a WireMock server on this machine, keeping no
 * request journal, that answers at once with a search answer's worth of JSON, so what differs is the gateway alone:
 * its route lookup, the reader rate limit (raised here so no request is refused, but counted as always), the retry
 * filter and the proxying.
 * Prints the figures; asserts nothing about time.
 *
 * <p>Run: {@code ./mvnw -o test -pl gateway -am -Dtest=GatewayOverheadBenchmark -Dpressline.excluded-test-groups=none
 * -Dsurefire.failIfNoSpecifiedTests=false} (rounds: {@code -Dbench.gateway-requests=5000}).
 */
@Tag("benchmark")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "pressline.gateway.reader-rate.requests-per-second=1000000")
class GatewayOverheadBenchmark {

    private static final Logger log = LoggerFactory.getLogger(GatewayOverheadBenchmark.class);
    private static final int WARM_UP = 2_000;
    /** About what a page of ten search results with highlights and facets weighs. */
    private static final byte[] SEARCH_ANSWER = ("{\"items\":["
                    + ("{\"id\":\"a\",\"fields\":{\"headline\":\"Klima\",\"teaser\":\"" + "x".repeat(600) + "\"}},")
                            .repeat(9)
                    + "{\"id\":\"b\"}]}")
            .getBytes(StandardCharsets.UTF_8);

    private static final WireMockServer backend =
            new WireMockServer(EchoingService.standInOptions().disableRequestJournal());

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        backend.start();
        backend.stubFor(any(anyUrl()).willReturn(okJson(new String(SEARCH_ANSWER, StandardCharsets.UTF_8))));
        var url = "http://127.0.0.1:" + backend.port();
        for (var name :
                List.of("article-service", "sponsor-service", "search-service", "notification-service", "website")) {
            registry.add("pressline.gateway." + name, () -> url);
        }
    }

    @AfterAll
    static void stopBackend() {
        backend.stop();
    }

    @Test
    void addsLittleToAReadersRequest() throws Exception {
        int requests = Integer.getInteger("bench.gateway-requests", 5_000);
        var path = "/api/search?q=klima&themes=energi";
        var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        var throughGateway = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .GET()
                .build();
        var straight = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + backend.port() + path))
                .GET()
                .build();
        var gatewayNanos = new ArrayList<Long>();
        var straightNanos = new ArrayList<Long>();
        for (int i = 0; i < WARM_UP + requests; i++) {
            long viaGateway = time(http, throughGateway);
            long direct = time(http, straight);
            if (i >= WARM_UP) {
                gatewayNanos.add(viaGateway);
                straightNanos.add(direct);
            }
        }
        gatewayNanos.sort(Long::compare);
        straightNanos.sort(Long::compare);
        log.info(
                """

                Gateway overhead ({} interleaved requests after {} warm-up rounds, GET {}, {} bytes of JSON, one client)
                  straight to the backend ms: p50 {}  p95 {}
                  through the gateway     ms: p50 {}  p95 {}
                  added to the median: {} ms
                """,
                requests,
                WARM_UP,
                path,
                SEARCH_ANSWER.length,
                millis(straightNanos, 0.5),
                millis(straightNanos, 0.95),
                millis(gatewayNanos, 0.5),
                millis(gatewayNanos, 0.95),
                String.format("%.2f", (median(gatewayNanos) - median(straightNanos)) / 1e6));
    }

    private static long time(HttpClient http, HttpRequest request) throws IOException, InterruptedException {
        long started = System.nanoTime();
        var response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        long elapsed = System.nanoTime() - started;
        if (response.statusCode() != 200 || response.body().length != SEARCH_ANSWER.length) {
            throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + " with "
                    + response.body().length + " bytes");
        }
        return elapsed;
    }

    private static long median(List<Long> sortedNanos) {
        return sortedNanos.get(sortedNanos.size() / 2);
    }

    private static String millis(List<Long> sortedNanos, double quantile) {
        int at = (int) Math.min(sortedNanos.size() - 1, Math.ceil(quantile * sortedNanos.size()) - 1);
        return String.format("%.2f", sortedNanos.get(Math.max(0, at)) / 1e6);
    }
}
