package dk.pressline.events.schema;

import java.util.List;

/** An event body that breaks its type's JSON Schema; lists every violation found. */
public class SchemaViolationException extends RuntimeException {

    private final String typeName;
    private final List<String> violations;

    public SchemaViolationException(String typeName, List<String> violations) {
        super(typeName + " violates its schema:\n  " + String.join("\n  ", violations));
        this.typeName = typeName;
        this.violations = List.copyOf(violations);
    }

    public String typeName() {
        return typeName;
    }

    public List<String> violations() {
        return violations;
    }
}
