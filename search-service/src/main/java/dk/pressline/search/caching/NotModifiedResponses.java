package dk.pressline.search.caching;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.Arrays;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * The readers' reads that {@link ReaderHttpCaching} covers answer 304 to an {@code If-None-Match} naming their current
 * ETag: their API description says so, for the same paths the filter is registered at.
 */
class NotModifiedResponses implements OpenApiCustomizer {

    private final String[] urlPatterns;

    NotModifiedResponses(String... urlPatterns) {
        this.urlPatterns = urlPatterns;
    }

    @Override
    public void customise(OpenAPI api) {
        api.getPaths().forEach((path, item) -> {
            if (item.getGet() != null && Arrays.stream(urlPatterns).anyMatch(pattern -> covers(pattern, path))) {
                item.getGet()
                        .getResponses()
                        .addApiResponse(
                                "304",
                                new ApiResponse()
                                        .description(
                                                "Not modified: "
                                                        + "If-None-Match named the current ETag, so the copy the client has is still good."));
            }
        });
    }

    /** As the servlet container matches a filter's URL pattern: exactly, or a path under {@code /*}. */
    private static boolean covers(String urlPattern, String path) {
        return urlPattern.endsWith("/*")
                ? path.startsWith(urlPattern.substring(0, urlPattern.length() - 1))
                : path.equals(urlPattern);
    }
}
