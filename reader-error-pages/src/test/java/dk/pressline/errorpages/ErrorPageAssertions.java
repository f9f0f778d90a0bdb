package dk.pressline.errorpages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** What every error answer a reader or an API client gets must be, whichever app sends it. */
public final class ErrorPageAssertions {

    private static final JsonMapper json = JsonMapper.builder().build();

    private ErrorPageAssertions() {}

    /** The self-contained Danish page with {@code heading}, never cached, naming nothing internal. */
    public static void assertDanishPage(RawHttp.Response response, int status, String heading) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).isEqualTo("text/html;charset=UTF-8");
        assertThat(response.header("Content-Language")).isEqualTo("da");
        assertThat(response.header("Cache-Control")).isEqualTo("no-store");
        var html = response.html();
        assertThat(html.select("html").attr("lang")).isEqualTo("da");
        assertThat(html.select("h1")).hasSize(1);
        assertThat(html.select("h1").text()).isEqualTo(heading);
        assertThat(html.select("a[href=/]")).hasSize(1);
        assertThat(html.select("script")).isEmpty();
        assertThat(response.body()).doesNotContain("Tomcat", "Apache", "HTTP Status", "Exception", "127.0.0.1");
    }

    /** RFC 9457 problem+json with {@code title}, never cached, naming nothing internal. */
    public static void assertProblem(RawHttp.Response response, int status, String title) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(response.header("Cache-Control")).isEqualTo("no-store");
        var problem = json.readValue(response.body(), Map.class);
        assertThat(problem)
                .containsEntry("type", "about:blank")
                .containsEntry("title", title)
                .containsEntry("status", status)
                .containsKey("detail");
        assertThat(response.body()).doesNotContain("Exception", "127.0.0.1");
    }
}
