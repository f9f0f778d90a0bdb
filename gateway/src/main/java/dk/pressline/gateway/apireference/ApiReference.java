package dk.pressline.gateway.apireference;

import java.util.List;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The API reference: one Swagger UI at {@code /swagger-ui.html} listing every service's OpenAPI description
 * ({@code springdoc.swagger-ui.urls}), each read through a route of its own to the service's {@code /v3/api-docs}.
 * A description names {@code /} as its server, so "Try it out" goes through the gateway like any client. The UI's own
 * files are the gateway's, not a service's or the website's.
 */
public final class ApiReference {

    /** What the gateway serves itself for the UI: its page, scripts and styles, and the list of descriptions. */
    public static final List<String> UI_PATHS =
            List.of("/swagger-ui.html", "/swagger-ui/**", "/v3/api-docs/swagger-config");

    private static final List<PathPattern> UI_PATTERNS =
            UI_PATHS.stream().map(PathPatternParser.defaultInstance::parse).toList();

    private ApiReference() {}

    /** Whether the request path is one of the UI's own files, which cost the gateway next to nothing to answer. */
    public static boolean isUiFile(String path) {
        var container = PathContainer.parsePath(path);
        return UI_PATTERNS.stream().anyMatch(pattern -> pattern.matches(container));
    }
}
