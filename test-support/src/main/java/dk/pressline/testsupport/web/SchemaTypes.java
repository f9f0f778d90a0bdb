package dk.pressline.testsupport.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * openapi-diff compares a schema's {@code type}, which a 3.1 document keeps in {@code types} ({@code ["string",
 * "null"]}): each schema's type is copied across, so a field whose type changes is seen as changed.
 */
final class SchemaTypes {

    private final Set<Schema<?>> seen = Collections.newSetFromMap(new IdentityHashMap<>());

    private SchemaTypes() {}

    static OpenAPI copiedToType(OpenAPI api) {
        var types = new SchemaTypes();
        if (api.getComponents() != null) {
            nonNull(api.getComponents().getSchemas()).values().forEach(types::copy);
            nonNull(api.getComponents().getResponses()).values().forEach(response -> types.copy(response.getContent()));
            nonNull(api.getComponents().getParameters())
                    .values()
                    .forEach(parameter -> types.copy(parameter.getSchema()));
        }
        if (api.getPaths() != null) {
            api.getPaths().values().stream()
                    .flatMap(item -> item.readOperations().stream())
                    .forEach(operation -> {
                        Stream.ofNullable(operation.getParameters())
                                .flatMap(List::stream)
                                .forEach(parameter -> types.copy(parameter.getSchema()));
                        if (operation.getRequestBody() != null) {
                            types.copy(operation.getRequestBody().getContent());
                        }
                        nonNull(operation.getResponses()).values().forEach(response -> {
                            types.copy(response.getContent());
                            nonNull(response.getHeaders()).values().forEach(header -> types.copy(header.getSchema()));
                        });
                    });
        }
        return api;
    }

    private void copy(Content content) {
        nonNull(content).values().forEach(mediaType -> copy(mediaType.getSchema()));
    }

    @SuppressWarnings("unchecked")
    private void copy(Schema<?> schema) {
        if (schema == null || !seen.add(schema)) {
            return;
        }
        if (schema.getType() == null && schema.getTypes() != null) {
            schema.getTypes().stream()
                    .filter(type -> !"null".equals(type))
                    .sorted()
                    .findFirst()
                    .ifPresent(schema::setType);
        }
        nonNull(schema.getProperties()).values().forEach(this::copy);
        copy(schema.getItems());
        if (schema.getAdditionalProperties() instanceof Schema<?> additional) {
            copy(additional);
        }
        Stream.of(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())
                .filter(Objects::nonNull)
                .flatMap(List::stream)
                .forEach(part -> copy((Schema<?>) part));
    }

    private static <K, V> Map<K, V> nonNull(Map<K, V> map) {
        return map == null ? Map.of() : map;
    }
}
