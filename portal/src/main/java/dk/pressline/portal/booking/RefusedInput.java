package dk.pressline.portal.booking;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What sponsor-service refused, from its problem+json: the reason for each field, keyed by the form's field names,
 * and what the page says about the whole request.
 */
public record RefusedInput(Map<String, String> fields, String message) {

    /** The problem+json body: a title or detail, and {@code errors[{field, reason}]} for input errors. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Problem(String title, String detail, List<FieldError> errors) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record FieldError(String field, String reason) {}

    static RefusedInput of(Problem problem, String message) {
        var fields = new LinkedHashMap<String, String>();
        if (problem != null && problem.errors() != null) {
            problem.errors()
                    .forEach(error -> fields.putIfAbsent(formField(error.field()), DanishReasons.of(error.reason())));
        }
        return new RefusedInput(fields, message);
    }

    public boolean has(String field) {
        return fields.containsKey(field);
    }

    public String reason(String field) {
        return fields.get(field);
    }

    /**
     * {@code content.creative.title} is the form's {@code title}, {@code content.themes[0]} its {@code themes},
     * {@code content.event.title} its {@code eventTitle} and {@code content.job} its {@code job}.
     */
    static String formField(String apiField) {
        if (apiField == null) {
            return "";
        }
        var path = apiField.replaceAll("\\[\\d+]", "").replaceFirst("^content\\.", "");
        for (var part : new String[] {"event", "job"}) {
            if (path.startsWith(part + ".")) {
                var field = path.substring(part.length() + 1);
                return part + Character.toUpperCase(field.charAt(0)) + field.substring(1);
            }
        }
        var last = path.lastIndexOf('.');
        return last < 0 ? path : path.substring(last + 1);
    }
}
