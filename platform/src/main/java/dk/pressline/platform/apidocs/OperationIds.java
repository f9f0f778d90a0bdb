package dk.pressline.platform.apidocs;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Operation ids that say what each does and stay the same from build to build: springdoc names an operation after its
 * method and numbers the second {@code list} it meets ({@code list_1}) in whatever order it found them. Here every
 * operation whose method name is shared takes its tag as well: {@code listBookings}, {@code listAdvertisers}.
 */
final class OperationIds implements OpenApiCustomizer {

    @Override
    public void customise(OpenAPI api) {
        if (api.getPaths() == null) {
            return;
        }
        var operations = new ArrayList<Operation>();
        api.getPaths().values().forEach(item -> operations.addAll(item.readOperations()));
        Map<String, List<Operation>> byMethodName = operations.stream()
                .filter(op -> op.getOperationId() != null)
                .collect(Collectors.groupingBy(
                        op -> op.getOperationId().replaceFirst("_\\d+$", ""), LinkedHashMap::new, Collectors.toList()));
        byMethodName.forEach((methodName, shared) -> {
            if (shared.size() > 1 && distinctTags(shared)) {
                shared.forEach(op ->
                        op.setOperationId(methodName + op.getTags().getFirst().replace(" ", "")));
            }
        });
    }

    /** Whether the tag tells them apart: each has one, and no two the same. */
    private static boolean distinctTags(Collection<Operation> operations) {
        return operations.stream()
                        .allMatch(op -> op.getTags() != null && !op.getTags().isEmpty())
                && operations.stream()
                                .map(op -> op.getTags().getFirst())
                                .distinct()
                                .count()
                        == operations.size();
    }
}
