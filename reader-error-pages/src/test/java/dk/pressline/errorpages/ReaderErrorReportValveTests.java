package dk.pressline.errorpages;

import static dk.pressline.errorpages.ErrorPageAssertions.assertDanishPage;
import static dk.pressline.errorpages.ErrorPageAssertions.assertProblem;
import static dk.pressline.errorpages.RawHttp.BROWSER;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A servlet app with nothing but this module and Tomcat: what Tomcat refuses before any servlet sees it is the Danish
 * page, or problem+json on an API path or for a client asking for JSON, with Tomcat's status. Boot's own error report
 * valve, which it adds while stack traces are never shown (the default), is replaced.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReaderErrorReportValveTests {

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class BareServletApp {}

    @LocalServerPort
    int port;

    @Test
    void aPathWithCharactersTomcatRefusesIsTheDanishPageWithTomcatsStatus() {
        assertDanishPage(RawHttp.get(port, "/artikel/[x]", BROWSER), 400, "Siden kan ikke vises");
        assertDanishPage(RawHttp.get(port, "/artikel/{x}", BROWSER), 400, "Siden kan ikke vises");
        assertDanishPage(RawHttp.get(port, "/soeg?q=a|b", BROWSER), 400, "Siden kan ikke vises");
    }

    @Test
    void aBadPercentEscapeInThePathIsTheDanishPage() {
        assertDanishPage(RawHttp.get(port, "/artikel/%zz", BROWSER), 400, "Siden kan ikke vises");
    }

    @Test
    void anOversizedHeaderOrAddressIsTheDanishPage() {
        var response = RawHttp.get(port, "/artikel/klimaaftale", BROWSER, "Cookie: x=" + "a".repeat(9000));
        assertThat(response.status()).isIn(400, 431);
        assertDanishPage(response, response.status(), "Siden kan ikke vises");

        response = RawHttp.get(port, "/artikel/" + "a".repeat(9000), BROWSER);
        assertThat(response.status()).isIn(400, 414);
        assertDanishPage(response, response.status(), "Siden kan ikke vises");
    }

    @Test
    void anUnsupportedHttpVersionIsTheDanishPage() {
        var response = RawHttp.send(port, "GET / HTTP/3.0\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertDanishPage(response, 505, "Siden kan ikke vises lige nu");
    }

    @Test
    void anAddressNoServletAnswersIsTheDanishNotFoundPage() {
        assertDanishPage(RawHttp.get(port, "/artikel/klimaaftale", BROWSER), 404, "Siden findes ikke");
    }

    @Test
    void anApiPathTomcatRefusesIsProblemJsonEvenToABrowser() {
        assertProblem(RawHttp.get(port, "/api/search/%zz", "application/json"), 400, "Bad Request");
        assertProblem(RawHttp.get(port, "/api/search/[x]", BROWSER), 400, "Bad Request");
    }

    @Test
    void aClientAskingForJsonGetsProblemJsonOnAReaderPathToo() {
        assertProblem(RawHttp.get(port, "/artikel/[x]", "application/json"), 400, "Bad Request");
    }
}
