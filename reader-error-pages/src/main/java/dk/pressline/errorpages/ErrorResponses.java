package dk.pressline.errorpages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the answer to an error an app or its Tomcat produces itself: RFC 9457 problem+json for an API path or a
 * client that asks for JSON, the reader's Danish page for everyone else. Never cached, never anything internal.
 */
public final class ErrorResponses {

    private static final JsonMapper json = JsonMapper.builder().build();

    private ErrorResponses() {}

    /** {@code path} is null when Tomcat refused the request line before it knew the path. */
    public static void write(HttpServletRequest request, HttpServletResponse response, int status, String path)
            throws IOException {
        response.setStatus(status);
        response.setHeader("Cache-Control", "no-store");
        if (isApi(path) || asksForJson(request.getHeader("Accept"))) {
            writeProblem(response, status, path);
        } else {
            writePage(response, status);
        }
    }

    private static boolean isApi(String path) {
        return path != null && (path.equals("/api") || path.startsWith("/api/"));
    }

    /** A browser always accepts {@code text/html}; a script asking for JSON names it and not HTML. */
    private static boolean asksForJson(String accept) {
        return accept != null && accept.contains("json") && !accept.contains("text/html");
    }

    private static void writeProblem(HttpServletResponse response, int status, String path) throws IOException {
        var problem = new LinkedHashMap<String, Object>();
        problem.put("type", "about:blank");
        problem.put("title", reasonPhrase(status));
        problem.put("status", status);
        problem.put("detail", detail(status));
        if (path != null) {
            problem.put("instance", path);
        }
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(json.writeValueAsBytes(problem));
    }

    private static String detail(int status) {
        return switch (status) {
            case 502 -> "The service behind this path gave no usable answer.";
            case 503 -> "The service behind this path cannot be reached right now.";
            case 504 -> "The service behind this path did not answer in time.";
            default ->
                status < 500
                        ? "The request could not be handled: " + reasonPhrase(status) + "."
                        : "Something went wrong on our side.";
        };
    }

    private static String reasonPhrase(int status) {
        var reason = HttpStatus.resolve(status);
        return reason == null ? "Error" : reason.getReasonPhrase();
    }

    private static void writePage(HttpServletResponse response, int status) throws IOException {
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Content-Language", "da");
        response.getOutputStream()
                .write(DanishErrorPage.forStatus(status).html().getBytes(StandardCharsets.UTF_8));
    }
}
