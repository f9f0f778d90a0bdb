package dk.pressline.website;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** With search-service and notification-service down, pages say so in Danish and never show a stack trace. */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"pressline.website.connect-timeout=1s", "pressline.website.read-timeout=2s"})
class UpstreamFailureTests {

    @LocalServerPort
    int port;

    Pages pages;

    @DynamicPropertySource
    static void servicesThatAreDown(DynamicPropertyRegistry registry) throws IOException {
        var closedPort = freePort();
        registry.add("pressline.website.search-service", () -> "http://127.0.0.1:" + closedPort);
        registry.add("pressline.website.notification-service", () -> "http://127.0.0.1:" + closedPort);
    }

    @BeforeEach
    void browser() {
        pages = new Pages(port);
    }

    @Test
    void aPageWhoseServiceIsDownAnswers503InDanish() {
        for (var path : new String[] {
            "/",
            "/soeg?q=klima",
            "/artikel/klimaaftale-vedtaget",
            "/arrangementer",
            "/job",
            "/nyhedsbrev/bekraeft?token=t"
        }) {
            var page = pages.get(path);

            assertThat(page.status()).as(path).isEqualTo(503);
            assertThat(page.html().select("h1").text()).as(path).isEqualTo("Siden kan ikke vises lige nu");
            assertThat(page.body()).as(path).doesNotContain("Exception", "at dk.pressline", "127.0.0.1");
        }
    }

    @Test
    void theSignUpFormStillShowsWithoutSearchService() {
        var page = pages.get("/nyhedsbrev");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.html().select("input#email")).hasSize(1);
    }

    @Test
    void suggestionsAnswerAnEmptyListWhenSearchServiceIsDown() {
        var response = pages.get("/soeg/forslag?q=klima");

        assertThat(response.status()).isEqualTo(503);
        assertThat(response.body()).isEqualTo("[]");
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
