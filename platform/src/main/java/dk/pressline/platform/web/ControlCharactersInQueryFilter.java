package dk.pressline.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a query parameter holding a control character other than tab and line breaks with 400 naming the parameter.
 * No reader or tool types one, and PostgreSQL cannot store or compare NUL in text, so it would otherwise be a 500.
 */
public class ControlCharactersInQueryFilter extends OncePerRequestFilter {

    static final String REASON = "must not contain control characters";
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\t\\n\\r]]");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getQueryString() == null) {
            chain.doFilter(request, response);
            return;
        }
        var errors = new ArrayList<FieldError>();
        request.getParameterMap().forEach((name, values) -> {
            if (CONTROL.matcher(name).find()
                    || Arrays.stream(values).anyMatch(v -> CONTROL.matcher(v).find())) {
                errors.add(new FieldError(CONTROL.matcher(name).replaceAll("?"), REASON));
            }
        });
        if (errors.isEmpty()) {
            chain.doFilter(request, response);
        } else {
            ProblemResponses.writeInvalidInput(request, response, errors);
        }
    }
}
