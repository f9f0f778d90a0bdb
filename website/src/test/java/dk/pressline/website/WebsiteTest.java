package dk.pressline.website;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The website running on a random port against {@link StandIns}: one stand-in for search-service and one for
 * notification-service, shared by every test class so the application context is started once. Each test starts
 * with stand-ins that know no routes and have seen no requests.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"pressline.website.connect-timeout=1s", "pressline.website.read-timeout=3s"},
        classes = {WebsiteApplication.class, StandIns.Registrar.class})
abstract class WebsiteTest {

    @LocalServerPort
    int port;

    Pages pages;

    @BeforeEach
    void freshStandIns() {
        StandIns.reset();
        pages = new Pages(port);
    }
}
