package dk.pressline.website;

import static dk.pressline.website.RawHttp.BROWSER;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A request Tomcat refuses before Spring sees it gets the Danish error page with Tomcat's status, as the website's
 * own errors do: the website can be reached directly, not only through the gateway.
 */
class MalformedRequestsTests extends WebsiteTest {

    @Test
    void aPathWithCharactersTomcatRefusesIsTheDanishPageWithTomcatsStatus() {
        assertDanishPage(RawHttp.get(port, "/artikel/[x]", BROWSER), 400, "Siden kan ikke vises");
        assertDanishPage(RawHttp.get(port, "/soeg?q=a|b", BROWSER), 400, "Siden kan ikke vises");
    }

    @Test
    void aBadPercentEscapeInThePathIsTheDanishPage() {
        assertDanishPage(RawHttp.get(port, "/artikel/%zz", BROWSER), 400, "Siden kan ikke vises");
    }

    @Test
    void anOversizedHeaderIsTheDanishPage() {
        var response = RawHttp.get(port, "/soeg", BROWSER, "Cookie: x=" + "a".repeat(9000));

        assertThat(response.status()).isIn(400, 431);
        assertDanishPage(response, response.status(), "Siden kan ikke vises");
    }

    @Test
    void anUnsupportedHttpVersionIsTheDanishPage() {
        var response = RawHttp.send(port, "GET / HTTP/3.0\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertDanishPage(response, 505, "Siden kan ikke vises lige nu");
    }

    private static void assertDanishPage(RawHttp.Response response, int status, String heading) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).isEqualTo("text/html;charset=UTF-8");
        assertThat(response.header("Cache-Control")).isEqualTo("no-store");
        var html = response.html();
        assertThat(html.select("html").attr("lang")).isEqualTo("da");
        assertThat(html.select("h1")).hasSize(1);
        assertThat(html.select("h1").text()).isEqualTo(heading);
        assertThat(html.select("a[href=/]")).hasSize(1);
        assertThat(html.select("script")).isEmpty();
        assertThat(response.body()).doesNotContain("Tomcat", "Apache", "HTTP Status", "Exception");
    }
}
