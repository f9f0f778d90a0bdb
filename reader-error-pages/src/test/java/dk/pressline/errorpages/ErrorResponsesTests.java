package dk.pressline.errorpages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/** Which answer an error gets, and what the page and the problem say for each status. */
class ErrorResponsesTests {

    @Test
    void thePageSaysWhatWentWrongInTheWebsitesWords() throws IOException {
        assertPage(404, "Siden findes ikke", "Vi kan ikke finde den side, du leder efter.");
        for (var status : new int[] {400, 414, 431}) {
            assertPage(status, "Siden kan ikke vises", "Adressen indeholder noget, vi ikke forstår.");
        }
        for (var status : new int[] {502, 503, 504}) {
            assertPage(status, "Siden kan ikke vises lige nu", "En del af Pressline svarer ikke i øjeblikket.");
        }
        for (var status : new int[] {500, 505}) {
            assertPage(status, "Siden kan ikke vises lige nu", "Der gik noget galt hos os.");
        }
    }

    @Test
    void anApiPathGetsProblemJsonNamingThePath() throws IOException {
        var response = write(503, "/api/search", "text/html");

        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
        assertThat(JsonMapper.builder().build().readValue(response.getContentAsByteArray(), Map.class))
                .isEqualTo(Map.of(
                        "type",
                        "about:blank",
                        "title",
                        "Service Unavailable",
                        "status",
                        503,
                        "detail",
                        "The service behind this path cannot be reached right now.",
                        "instance",
                        "/api/search"));
    }

    @Test
    void onlyAClientAskingForJsonAndNotHtmlGetsProblemJsonOnAReaderPath() throws IOException {
        assertThat(write(400, "/artikel/x", "application/json").getContentType())
                .isEqualTo("application/problem+json");
        assertThat(write(400, "/artikel/x", "application/json, text/html").getContentType())
                .isEqualTo("text/html;charset=UTF-8");
        assertThat(write(400, "/apiary", null).getContentType()).isEqualTo("text/html;charset=UTF-8");
    }

    @Test
    void aProblemForARequestWhosePathTomcatNeverReadHasNoInstance() throws IOException {
        var response = write(400, null, "application/json");

        assertThat(JsonMapper.builder().build().readValue(response.getContentAsByteArray(), Map.class))
                .containsEntry("status", 400)
                .doesNotContainKey("instance");
    }

    private static void assertPage(int status, String heading, String explanation) throws IOException {
        var response = write(status, "/artikel/x", "text/html");

        assertThat(response.getStatus()).isEqualTo(status);
        assertThat(response.getContentType()).isEqualTo("text/html;charset=UTF-8");
        assertThat(response.getHeader("Content-Language")).isEqualTo("da");
        assertThat(response.getHeader("Cache-Control")).isEqualTo("no-store");
        var html = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
        assertThat(html.select("h1").text()).as("%d", status).isEqualTo(heading);
        assertThat(html.select("main p").first().text()).as("%d", status).startsWith(explanation);
    }

    private static MockHttpServletResponse write(int status, String path, String accept) throws IOException {
        var request = new MockHttpServletRequest("GET", path);
        if (accept != null) {
            request.addHeader("Accept", accept);
        }
        var response = new MockHttpServletResponse();
        ErrorResponses.write(request, response, status, path);
        return response;
    }
}
