package dk.pressline.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

/** Writes an RFC 9457 problem from a servlet filter, where no controller advice reaches. */
public final class ProblemResponses {

    private static final JsonMapper json = JsonMapper.builder().build();

    private ProblemResponses() {}

    public static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
            throws IOException {
        write(request, response, status, status.getReasonPhrase(), detail, null);
    }

    /** A 400 as the API's validation answers it: each refused input with its reason in {@code errors}. */
    public static void writeInvalidInput(
            HttpServletRequest request, HttpServletResponse response, List<FieldError> errors) throws IOException {
        var detail = errors.stream()
                .map(error -> error.field() + ": " + error.reason())
                .collect(Collectors.joining("; "));
        write(
                request,
                response,
                HttpStatus.BAD_REQUEST,
                "Invalid input",
                "The request has invalid input: " + detail,
                errors);
    }

    private static void write(
            HttpServletRequest request,
            HttpServletResponse response,
            HttpStatus status,
            String title,
            String detail,
            List<FieldError> errors)
            throws IOException {
        var problem = new LinkedHashMap<String, Object>();
        problem.put("type", "about:blank");
        problem.put("title", title);
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.put("instance", request.getRequestURI());
        if (errors != null) {
            problem.put("errors", errors);
        }
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
