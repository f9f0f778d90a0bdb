package dk.pressline.gateway;

import static dk.pressline.errorpages.ErrorPageAssertions.assertDanishPage;
import static dk.pressline.errorpages.ErrorPageAssertions.assertProblem;
import static dk.pressline.errorpages.RawHttp.BROWSER;

import dk.pressline.errorpages.RawHttp;
import java.io.IOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every error the gateway or its Tomcat answers itself is the reader's Danish page, or problem+json on an API path or
 * for a client that asks for JSON, with the status that says what went wrong. Nothing runs behind this gateway: the
 * website's and the services' ports are closed, except notification-service's, which takes the request and never
 * answers, and sponsor-service's, which hangs up at once.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.http.clients.read-timeout=1s")
class GatewayErrorResponsesTests {

    static ServerSocket silentService;
    static ServerSocket hangingUpService;

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void servicesThatFail(DynamicPropertyRegistry registry) throws IOException {
        var closed = "http://127.0.0.1:" + closedPort();
        silentService = new ServerSocket(0);
        hangingUpService = new ServerSocket(0);
        Thread.ofVirtual().start(() -> {
            while (!hangingUpService.isClosed()) {
                try {
                    hangingUpService.accept().close();
                } catch (IOException e) {
                    return;
                }
            }
        });
        registry.add("pressline.gateway.website", () -> closed);
        registry.add("pressline.gateway.article-service", () -> closed);
        registry.add("pressline.gateway.search-service", () -> closed);
        registry.add(
                "pressline.gateway.notification-service", () -> "http://127.0.0.1:" + silentService.getLocalPort());
        registry.add("pressline.gateway.sponsor-service", () -> "http://127.0.0.1:" + hangingUpService.getLocalPort());
    }

    @AfterAll
    static void stopServices() throws IOException {
        silentService.close();
        hangingUpService.close();
    }

    @Test
    void aReaderPageWhileTheWebsiteIsDownIsTheDanishUnavailablePage() {
        for (var path : new String[] {"/", "/artikel/klimaaftale", "/findes-ikke"}) {
            assertDanishPage(RawHttp.get(port, path, BROWSER), 503, "Siden kan ikke vises lige nu");
        }
    }

    @Test
    void anApiWhoseServiceIsDownAnswersProblemJsonEvenToABrowser() {
        assertProblem(RawHttp.get(port, "/api/search?q=klima", BROWSER), 503, "Service Unavailable");
        assertProblem(RawHttp.get(port, "/api/articles", "application/json"), 503, "Service Unavailable");
    }

    @Test
    void aClientAskingForJsonGetsProblemJsonOnAReaderPathToo() {
        assertProblem(RawHttp.get(port, "/artikel/klimaaftale", "application/json"), 503, "Service Unavailable");
    }

    @Test
    void aServiceThatDoesNotAnswerInTimeIsAGatewayTimeout() {
        assertProblem(
                RawHttp.get(port, "/api/subscriptions/confirm?token=t", "application/json"), 504, "Gateway Timeout");
    }

    @Test
    void aServiceThatHangsUpIsABadGateway() {
        assertProblem(RawHttp.get(port, "/api/bookings", "application/json"), 502, "Bad Gateway");
        assertDanishPage(RawHttp.get(port, "/r/42", BROWSER), 502, "Siden kan ikke vises lige nu");
    }

    @Test
    void aQueryTheGatewayCannotDecodeIsABadRequest() {
        assertDanishPage(RawHttp.get(port, "/soeg?q=%zz", BROWSER), 400, "Siden kan ikke vises");
        assertProblem(RawHttp.get(port, "/api/search?q=%zz", BROWSER), 400, "Bad Request");
    }

    @Test
    void aRequestBodyTomcatCannotReadIsABadRequest() {
        var response = RawHttp.send(
                port,
                "POST /api/subscriptions HTTP/1.1\r\nHost: localhost\r\n"
                        + "Accept: application/json\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n"
                        + "Connection: close\r\n\r\nnot-a-chunk-size\r\n");

        assertProblem(response, 400, "Bad Request");
    }

    @Test
    void aPathTomcatRefusesIsTheDanishPageOrOnAnApiPathProblemJson() {
        assertDanishPage(RawHttp.get(port, "/artikel/[x]", BROWSER), 400, "Siden kan ikke vises");
        assertProblem(RawHttp.get(port, "/api/search/[x]", BROWSER), 400, "Bad Request");
    }

    @Test
    void errorAsAPathIsAPageThatDoesNotExist() {
        assertDanishPage(RawHttp.get(port, "/error", BROWSER), 404, "Siden findes ikke");
    }

    private static int closedPort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
