package dk.pressline.website;

import static dk.pressline.errorpages.ErrorPageAssertions.assertDanishPage;
import static dk.pressline.errorpages.RawHttp.BROWSER;

import dk.pressline.errorpages.RawHttp;
import org.junit.jupiter.api.Test;

/**
 * A request Tomcat refuses before Spring sees it gets the Danish error page with Tomcat's status, as the website's
 * own errors do: the website can be reached directly, not only through the gateway. What else Tomcat refuses is
 * tested in reader-error-pages.
 */
class MalformedRequestsTests extends WebsiteTest {

    @Test
    void aPathWithCharactersTomcatRefusesIsTheDanishPageWithTomcatsStatus() {
        assertDanishPage(RawHttp.get(port, "/artikel/[x]", BROWSER), 400, "Siden kan ikke vises");
    }
}
