package dk.pressline.testsupport.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.Changed;
import org.openapitools.openapidiff.core.model.ChangedSchema;
import org.openapitools.openapidiff.core.model.ComposedChanged;
import org.openapitools.openapidiff.core.output.ConsoleRender;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A service's OpenAPI description against the one it published, {@code docs/api/<service>.json}: a change a client of
 * the published one would break on (an operation, a status or a response field gone, a parameter newly required, a
 * type changed, ...) fails, as openapi-diff judges it; an addition passes. A change made on purpose is published by
 * running the service's baseline test with {@code -Dpressline.api.update-baseline=true}, which writes the current
 * description over the baseline, to be committed with the change.
 */
public final class ApiBaseline {

    /** The system property that writes the current descriptions over the baselines. */
    public static final String UPDATE_PROPERTY = "pressline.api.update-baseline";

    private static final JsonMapper json =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private ApiBaseline() {}

    /** Fails when {@code current} breaks a client of the service's published description; writes it when asked to. */
    public static void assertKeepsThePublishedContract(String service, String current) {
        var baseline = repository().resolve("docs/api/" + service + ".json");
        if (Boolean.getBoolean(UPDATE_PROPERTY)) {
            write(baseline, current);
            return;
        }
        assertThat(baseline)
                .as("%s's published API description; write it with -D%s=true", service, UPDATE_PROPERTY)
                .exists();
        assertThat(breakingChanges(read(baseline), current))
                .as(
                        "changes to %s's API that break its clients; if that is meant, publish the new description with "
                                + "-D%s=true and commit it",
                        service, UPDATE_PROPERTY)
                .isEmpty();
    }

    /** Empty when a client of {@code published} keeps working against {@code current}; else what breaks it. */
    public static String breakingChanges(String published, String current) {
        var diff = OpenApiCompare.fromSpecifications(read31(published), read31(current));
        var removedFields = new TreeSet<String>();
        removedResponseFields(diff, removedFields);
        if (!diff.isIncompatible() && removedFields.isEmpty()) {
            return "";
        }
        var report = new ByteArrayOutputStream();
        try (var writer = new OutputStreamWriter(report, StandardCharsets.UTF_8)) {
            removedFields.forEach(field -> writeLine(writer, field));
            if (diff.isIncompatible()) {
                new ConsoleRender().render(diff, writer);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return report.toString(StandardCharsets.UTF_8);
    }

    private static OpenAPI read31(String description) {
        var options = new ParseOptions();
        options.setResolve(true);
        var parsed = new OpenAPIV3Parser().readContents(description, null, options);
        if (parsed.getOpenAPI() == null) {
            throw new IllegalArgumentException("Not an OpenAPI description: " + parsed.getMessages());
        }
        return SchemaTypes.copiedToType(parsed.getOpenAPI());
    }

    /**
     * A field gone from an answer, which openapi-diff lets pass unless the schema listed it as required: the services'
     * answers carry every field of their records, so a client may rely on each.
     */
    private static void removedResponseFields(Changed change, Set<String> removed) {
        if (change instanceof ChangedSchema schema
                && schema.getContext() != null
                && schema.getContext().isResponse()) {
            schema.getMissingProperties()
                    .keySet()
                    .forEach(field -> removed.add(schema.getContext().getMethod() + " "
                            + schema.getContext().getUrl() + ": the answer's field " + field + " was removed"));
        }
        if (change instanceof ComposedChanged composed) {
            composed.getChangedElements().stream()
                    .filter(Objects::nonNull)
                    .forEach(element -> removedResponseFields(element, removed));
        }
    }

    private static void writeLine(OutputStreamWriter writer, String line) {
        try {
            writer.write(line + System.lineSeparator());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The repository's root: the nearest directory up from the module that holds the Maven wrapper. */
    static Path repository() {
        var directory = Path.of("").toAbsolutePath();
        while (directory != null && !Files.exists(directory.resolve("mvnw"))) {
            directory = directory.getParent();
        }
        if (directory == null) {
            throw new IllegalStateException("No mvnw above " + Path.of("").toAbsolutePath());
        }
        return directory;
    }

    private static void write(Path baseline, String description) {
        try {
            Files.createDirectories(baseline.getParent());
            Files.writeString(baseline, json.writeValueAsString(json.readTree(description)) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path baseline) {
        try {
            return Files.readString(baseline);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
