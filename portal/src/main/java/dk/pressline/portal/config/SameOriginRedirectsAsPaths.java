package dk.pressline.portal.config;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.security.web.RedirectStrategy;

/**
 * Sends a redirect to the portal's own address as a path, so the browser stays on the origin it came through. Behind
 * the gateway the portal sees its own host and port, not the site's: the page a person asked for before signing in is
 * remembered under them, and an absolute redirect there would take the browser past the gateway. A redirect elsewhere
 * (the issuer) is sent as it is.
 */
final class SameOriginRedirectsAsPaths implements RedirectStrategy {

    @Override
    public void sendRedirect(HttpServletRequest request, HttpServletResponse response, String url) throws IOException {
        response.sendRedirect(response.encodeRedirectURL(asPathIfSameOrigin(request, url)));
    }

    static String asPathIfSameOrigin(HttpServletRequest request, String url) {
        var target = URI.create(url);
        if (!target.isAbsolute()) {
            // As Spring Security's own redirects: a path is within the portal.
            return url.startsWith("/") ? request.getContextPath() + url : url;
        }
        boolean sameOrigin = request.getScheme().equalsIgnoreCase(target.getScheme())
                && request.getServerName().equalsIgnoreCase(target.getHost())
                && request.getServerPort() == portOf(target);
        if (!sameOrigin) {
            return url;
        }
        var path = target.getRawPath() == null || target.getRawPath().isEmpty() ? "/" : target.getRawPath();
        return target.getRawQuery() == null ? path : path + "?" + target.getRawQuery();
    }

    private static int portOf(URI target) {
        if (target.getPort() != -1) {
            return target.getPort();
        }
        return "https".equalsIgnoreCase(target.getScheme()) ? 443 : 80;
    }
}
