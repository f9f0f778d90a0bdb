package dk.pressline.portal;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The portal against {@link StandIns}, its pages fetched through MockMvc with Spring Security's test support signing
 * the {@link People} in. Shared by every test class so the application context starts once; each test starts with
 * stand-ins that know no routes and have seen no requests.
 */
@SpringBootTest(
        properties = {"pressline.portal.connect-timeout=2s", "pressline.portal.read-timeout=5s"},
        classes = {PortalApplication.class, StandIns.Registrar.class})
@AutoConfigureMockMvc
abstract class PortalTest {

    @Autowired
    MockMvc mvc;

    Pages pages;

    @BeforeEach
    void freshStandIns() {
        StandIns.reset();
        pages = new Pages(mvc);
    }
}
