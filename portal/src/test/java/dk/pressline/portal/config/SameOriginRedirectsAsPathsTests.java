package dk.pressline.portal.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class SameOriginRedirectsAsPathsTests {

    /** The portal as the gateway reaches it: its own host and port, under /portal. */
    private final MockHttpServletRequest behindTheGateway = portalRequest();

    @Test
    void sendsThePageAskedForBeforeSigningInAsAPathSoTheBrowserStaysOnTheGateway() throws Exception {
        var response = new MockHttpServletResponse();

        new SameOriginRedirectsAsPaths()
                .sendRedirect(behindTheGateway, response, "http://localhost:8086/portal/bookinger?continue");

        assertThat(response.getRedirectedUrl()).isEqualTo("/portal/bookinger?continue");
    }

    @Test
    void sendsARedirectToAnotherOriginAsItIs() throws Exception {
        var response = new MockHttpServletResponse();

        new SameOriginRedirectsAsPaths()
                .sendRedirect(behindTheGateway, response, "http://localhost:9000/connect/logout?client_id=portal");

        assertThat(response.getRedirectedUrl()).isEqualTo("http://localhost:9000/connect/logout?client_id=portal");
    }

    @Test
    void takesAPathAsOneWithinThePortal() throws Exception {
        var response = new MockHttpServletResponse();

        new SameOriginRedirectsAsPaths().sendRedirect(behindTheGateway, response, "/");

        assertThat(response.getRedirectedUrl()).isEqualTo("/portal/");
    }

    private static MockHttpServletRequest portalRequest() {
        var request = new MockHttpServletRequest("GET", "/portal/login/oauth2/code/pressline");
        request.setScheme("http");
        request.setServerName("localhost");
        request.setServerPort(8086);
        request.setContextPath("/portal");
        return request;
    }
}
