package dk.pressline.platform.apidocs;

import dk.pressline.platform.apidocs.ProblemDocumentation.SharedResponse;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.List;
import java.util.Set;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;

/**
 * The errors an operation answers because of the input it takes, as the platform answers them: 400 for input it
 * refuses (a body, a query parameter, a path variable that must have a form), 404 for a path variable naming
 * nothing, 412 for a stale {@code If-Match}, 413 and 415 for a body too large or not JSON. Every other error an
 * operation declares (a 409 its controller throws, say) gets the problem as its body, beside the page for browsers it
 * may declare, and a 204 or a redirect none.
 */
final class InputErrorResponses implements OperationCustomizer {

    private static final String HTML = "text/html";

    @Override
    public Operation customize(Operation operation, HandlerMethod handlerMethod) {
        var responses = operation.getResponses() == null ? new ApiResponses() : operation.getResponses();
        operation.setResponses(responses);
        responses.forEach((status, response) -> {
            if (ProblemDocumentation.isError(status) && response.get$ref() == null) {
                var content = ProblemDocumentation.problemContent();
                if (response.getContent() != null && response.getContent().containsKey(HTML)) {
                    content.addMediaType(HTML, response.getContent().get(HTML));
                }
                response.setContent(content);
            } else if (status.equals("204") || status.startsWith("3")) {
                response.setContent(null);
            }
        });
        var parameters = operation.getParameters() == null ? List.<Parameter>of() : operation.getParameters();
        boolean body = operation.getRequestBody() != null;
        boolean query = parameters.stream().anyMatch(parameter -> "query".equals(parameter.getIn()));
        var pathVariables = parameters.stream()
                .filter(parameter -> "path".equals(parameter.getIn()))
                .toList();
        boolean formedPathVariable = pathVariables.stream().anyMatch(InputErrorResponses::hasAForm);
        if (body || query || formedPathVariable) {
            add(responses, SharedResponse.BAD_REQUEST);
        }
        if (!pathVariables.isEmpty()
                && !AnnotatedElementUtils.hasAnnotation(handlerMethod.getMethod(), AnswersAnyPathVariable.class)) {
            add(responses, SharedResponse.NOT_FOUND);
        }
        if (parameters.stream()
                .anyMatch(parameter ->
                        "header".equals(parameter.getIn()) && "If-Match".equalsIgnoreCase(parameter.getName()))) {
            add(responses, SharedResponse.PRECONDITION_FAILED);
        }
        if (body) {
            add(responses, SharedResponse.CONTENT_TOO_LARGE);
            add(responses, SharedResponse.UNSUPPORTED_MEDIA_TYPE);
        }
        return operation;
    }

    /** A path variable that is not free text, such as an id or a number, is refused when it has another form. */
    private static boolean hasAForm(Parameter pathVariable) {
        var schema = pathVariable.getSchema();
        if (schema == null) {
            return false;
        }
        var types = schema.getTypes() != null
                ? schema.getTypes()
                : schema.getType() == null ? Set.<String>of() : Set.of(schema.getType());
        return !types.equals(Set.of("string")) || schema.getFormat() != null;
    }

    static void add(ApiResponses responses, SharedResponse response) {
        responses.putIfAbsent(response.status, response.reference());
    }
}
