package dk.pressline.website.content;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.util.UriBuilder;

/**
 * Query parameters passed as URI variables, so a reader's words are encoded strictly: a {@code +}, {@code &} or
 * brace typed in the search box reaches the service as typed.
 */
public final class QueryParameters {

    private final Map<String, String> values = new LinkedHashMap<>();

    /** Adds the parameter unless the value is {@code null} or blank. */
    public QueryParameters add(String name, String value) {
        if (value != null && !value.isBlank()) {
            values.put(name, value);
        }
        return this;
    }

    public URI build(UriBuilder builder) {
        var variables = new LinkedHashMap<String, String>();
        values.forEach((name, value) -> {
            var variable = "p" + variables.size();
            builder.queryParam(name, "{" + variable + "}");
            variables.put(variable, value);
        });
        return builder.build(variables);
    }
}
