package dk.pressline.platform.apidocs;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.Schema;
import java.util.List;
import java.util.Set;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * A field that holds another schema or null, {@code @Schema(nullable = true) LeadImage leadImage}: swagger-core writes
 * it as {@code {"type": "null", "$ref": ...}}, which allows only null. Here it becomes
 * {@code {"anyOf": [{"$ref": ...}, {"type": "null"}]}}, the schema or null, as OpenAPI 3.1 says it.
 */
final class NullableReferences implements OpenApiCustomizer {

    @Override
    public void customise(OpenAPI api) {
        if (api.getComponents() == null || api.getComponents().getSchemas() == null) {
            return;
        }
        api.getComponents().getSchemas().values().forEach(NullableReferences::rewriteProperties);
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void rewriteProperties(Schema schema) {
        if (schema.getProperties() == null) {
            return;
        }
        Set<String> names = schema.getProperties().keySet();
        for (var name : names) {
            var property = (Schema) schema.getProperties().get(name);
            if (property.get$ref() != null
                    && property.getTypes() != null
                    && property.getTypes().contains("null")) {
                var reference = new JsonSchema().$ref(property.get$ref());
                var nothing = new JsonSchema().types(Set.of("null"));
                var either = new JsonSchema().anyOf(List.of(reference, nothing));
                either.setDescription(property.getDescription());
                schema.getProperties().put(name, either);
            }
        }
    }
}
