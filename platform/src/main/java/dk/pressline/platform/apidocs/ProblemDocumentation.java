package dk.pressline.platform.apidocs;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.List;

/**
 * The RFC 9457 problem every error is answered with, as the API descriptions name it: the {@code Problem} and
 * {@code FieldError} schemas, and the answers every service gives alike, to refer to by name.
 */
final class ProblemDocumentation {

    static final String PROBLEM_JSON = "application/problem+json";
    static final String PROBLEM_SCHEMA = "Problem";
    static final String FIELD_ERROR_SCHEMA = "FieldError";

    /** The answers every service gives alike, by status, with the name each has under {@code components}. */
    enum SharedResponse {
        BAD_REQUEST(
                "400",
                "BadRequest",
                "The input is refused: each refused field or parameter is named in "
                        + "errors, with the reason in words."),
        UNAUTHORIZED(
                "401",
                "Unauthorized",
                "No bearer token, or one that is expired, forged, or meant for " + "another audience or issuer.",
                "WWW-Authenticate",
                "Bearer, with the reason a token was refused"),
        FORBIDDEN("403", "Forbidden", "The token's roles do not allow this request."),
        NOT_FOUND("404", "NotFound", "Nothing by that name or id, or nothing the caller may know of."),
        PRECONDITION_FAILED(
                "412",
                "PreconditionFailed",
                "If-Match names a version that is no longer current: "
                        + "fetch the resource again and reapply the change."),
        CONTENT_TOO_LARGE(
                "413",
                "ContentTooLarge",
                "The body is larger than the service's limit " + "(pressline.web.max-request-size, 1 MB unless set)."),
        UNSUPPORTED_MEDIA_TYPE("415", "UnsupportedMediaType", "The body is not sent as application/json."),
        TOO_MANY_REQUESTS(
                "429",
                "TooManyRequests",
                "Through the gateway: this client sent more requests without "
                        + "a token than its reader limit allows. Retry-After says in how many seconds to try again.",
                "Retry-After",
                "Whole seconds to wait before trying again");

        final String status;
        final String name;
        final String description;
        final String header;
        final String headerDescription;

        SharedResponse(String status, String name, String description) {
            this(status, name, description, null, null);
        }

        SharedResponse(String status, String name, String description, String header, String headerDescription) {
            this.status = status;
            this.name = name;
            this.description = description;
            this.header = header;
            this.headerDescription = headerDescription;
        }

        ApiResponse reference() {
            return new ApiResponse().$ref("#/components/responses/" + name);
        }

        private ApiResponse definition() {
            var response = problem(description);
            if (header != null) {
                response.addHeaderObject(
                        header, new Header().description(headerDescription).schema(new StringSchema()));
            }
            return response;
        }
    }

    private ProblemDocumentation() {}

    static void addTo(Components components) {
        components.addSchemas(
                FIELD_ERROR_SCHEMA,
                new ObjectSchema()
                        .description("One refused input: where it is, and why it was refused.")
                        .addProperty(
                                "field",
                                new StringSchema()
                                        .description("The field's path in the body, or the " + "parameter's name")
                                        .example("size"))
                        .addProperty(
                                "reason",
                                new StringSchema()
                                        .description("Why, in words")
                                        .example("must be a whole number from 1 to 100"))
                        .required(List.of("field", "reason")));
        components.addSchemas(
                PROBLEM_SCHEMA,
                new ObjectSchema()
                        .description("An RFC 9457 problem. Input errors (400) list each refused field in errors.")
                        .addProperty("type", new StringSchema().format("uri").example("about:blank"))
                        .addProperty("title", new StringSchema().example("Invalid input"))
                        .addProperty("status", new IntegerSchema().example(400))
                        .addProperty(
                                "detail",
                                new StringSchema()
                                        .example(
                                                "The request has invalid input: size: must be a whole number from 1 to 100"))
                        .addProperty(
                                "instance",
                                new StringSchema().format("uri-reference").example("/api/articles"))
                        .addProperty("errors", new ArraySchema().items(schemaReference(FIELD_ERROR_SCHEMA)))
                        .required(List.of("title", "status")));
        for (var response : SharedResponse.values()) {
            components.addResponses(response.name, response.definition());
        }
    }

    /** An answer of that description with a problem as its body. */
    static ApiResponse problem(String description) {
        return new ApiResponse().description(description).content(problemContent());
    }

    static Content problemContent() {
        return new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(schemaReference(PROBLEM_SCHEMA)));
    }

    static boolean isError(String status) {
        return status.length() == 3 && (status.charAt(0) == '4' || status.charAt(0) == '5');
    }

    private static Schema<?> schemaReference(String name) {
        return new Schema<>().$ref("#/components/schemas/" + name);
    }
}
