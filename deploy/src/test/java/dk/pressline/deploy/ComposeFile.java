package dk.pressline.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * A compose file as Docker Compose reads it with no variables set: anchors and merge keys resolved, {@code ${VAR:-x}}
 * replaced by its default.
 *
 * @param directory the directory relative paths in the file are resolved against (the file's own)
 * @param model the parsed YAML, before interpolation
 */
record ComposeFile(Path directory, Map<String, Object> model) {

    private static final Pattern INTERPOLATION =
            Pattern.compile("\\$\\$|\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?+])([^}]*))?}|\\$([A-Za-z_][A-Za-z0-9_]*)");

    static ComposeFile read(Path file) throws IOException {
        return parse(file.toAbsolutePath().getParent(), Files.readString(file));
    }

    @SuppressWarnings("unchecked")
    static ComposeFile parse(Path directory, String yaml) {
        var options = new LoaderOptions();
        // The file shares its blocks through anchors; SnakeYAML's guard against alias bombs stops at 50 by default.
        options.setMaxAliasesForCollections(200);
        Object model = new Yaml(new SafeConstructor(options)).load(yaml);
        if (!(model instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException("A compose file is a mapping at the top");
        }
        return new ComposeFile(directory, (Map<String, Object>) map);
    }

    Map<String, Service> services() {
        var services = new LinkedHashMap<String, Service>();
        mapping(model.get("services"))
                .forEach((name, definition) -> services.put(name, new Service(name, mapping(definition))));
        return services;
    }

    Optional<Service> service(String name) {
        return Optional.ofNullable(services().get(name));
    }

    Set<String> declared(String topLevelKey) {
        return mapping(model.get(topLevelKey)).keySet();
    }

    /** Every variable the file interpolates, with whether it has a default or is marked required. */
    Map<String, Boolean> variables() {
        var variables = new TreeMap<String, Boolean>();
        collectVariables(model, variables);
        return variables;
    }

    private static void collectVariables(Object node, Map<String, Boolean> variables) {
        switch (node) {
            case Map<?, ?> map -> map.values().forEach(value -> collectVariables(value, variables));
            case List<?> list -> list.forEach(value -> collectVariables(value, variables));
            case String text -> {
                Matcher matcher = INTERPOLATION.matcher(text);
                while (matcher.find()) {
                    String name = matcher.group(1) != null ? matcher.group(1) : matcher.group(4);
                    if (name != null) {
                        // A default (":-"), or a required value that stops Compose with a message (":?").
                        boolean settled = matcher.group(2) != null
                                && (matcher.group(2).contains("-")
                                        || matcher.group(2).contains("?"));
                        variables.merge(name, settled, Boolean::logicalAnd);
                    }
                }
            }
            case null, default -> {}
        }
    }

    /** The value Compose passes on when no variable is set: defaults taken, {@code $$} unescaped. */
    static String interpolate(String text) {
        Matcher matcher = INTERPOLATION.matcher(text);
        var result = new StringBuilder();
        while (matcher.find()) {
            String replacement;
            if (matcher.group().equals("$$")) {
                replacement = "$";
            } else if (matcher.group(2) != null && matcher.group(2).endsWith("-")) {
                replacement = matcher.group(3);
            } else {
                replacement = "";
            }
            matcher.appendReplacement(result, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(result);
        return result.toString();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> mapping(Object node) {
        return node instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    static List<Object> sequence(Object node) {
        return node instanceof List<?> list ? new ArrayList<>(list) : List.of();
    }

    static String text(Object node) {
        return node == null ? null : interpolate(String.valueOf(node));
    }

    /** One entry under {@code services:}. */
    record Service(String name, Map<String, Object> definition) {

        private static final Pattern LOCAL_URL =
                Pattern.compile("https?://(?:localhost|127\\.0\\.0\\.1):(\\d+)(/\\S*)?");

        Map<String, String> environment() {
            var environment = new LinkedHashMap<String, String>();
            Object node = definition.get("environment");
            if (node instanceof List<?> entries) {
                for (Object entry : entries) {
                    String[] parts = String.valueOf(entry).split("=", 2);
                    environment.put(parts[0], parts.length > 1 ? interpolate(parts[1]) : "");
                }
            } else {
                mapping(node).forEach((name, value) -> environment.put(name, value == null ? "" : text(value)));
            }
            return environment;
        }

        /** Each service this one waits for, with the condition it waits for (null for the short list form). */
        Map<String, String> dependsOn() {
            var dependencies = new LinkedHashMap<String, String>();
            Object node = definition.get("depends_on");
            if (node instanceof List<?> names) {
                names.forEach(name -> dependencies.put(String.valueOf(name), null));
            } else {
                mapping(node)
                        .forEach((name, options) ->
                                dependencies.put(name, text(mapping(options).get("condition"))));
            }
            return dependencies;
        }

        Map<String, Object> healthcheck() {
            return mapping(definition.get("healthcheck"));
        }

        /** The health check command as one line, or empty if there is none or it is disabled. */
        String healthcheckCommand() {
            var healthcheck = healthcheck();
            if (Boolean.TRUE.equals(healthcheck.get("disable"))) {
                return "";
            }
            Object test = healthcheck.get("test");
            if (test instanceof List<?> words) {
                if (words.isEmpty() || "NONE".equals(words.getFirst())) {
                    return "";
                }
                return String.join(
                        " ",
                        words.subList(1, words.size()).stream()
                                .map(ComposeFile::text)
                                .toList());
            }
            return test == null ? "" : text(test);
        }

        /** The ports the health check calls on the container itself. */
        List<Integer> healthcheckPorts() {
            var ports = new ArrayList<Integer>();
            Matcher matcher = LOCAL_URL.matcher(healthcheckCommand());
            while (matcher.find()) {
                ports.add(Integer.parseInt(matcher.group(1)));
            }
            return ports;
        }

        List<String> healthcheckPaths() {
            var paths = new ArrayList<String>();
            Matcher matcher = LOCAL_URL.matcher(healthcheckCommand());
            while (matcher.find()) {
                paths.add(matcher.group(2) == null ? "/" : matcher.group(2).replaceAll("['\"]", ""));
            }
            return paths;
        }

        Optional<String> memoryLimit() {
            Object limit = mapping(mapping(mapping(definition.get("deploy")).get("resources"))
                            .get("limits"))
                    .get("memory");
            if (limit == null) {
                limit = definition.get("mem_limit");
            }
            return Optional.ofNullable(limit).map(ComposeFile::text);
        }

        Optional<Map<String, Object>> build() {
            Object build = definition.get("build");
            if (build instanceof String context) {
                return Optional.of(Map.of("context", context));
            }
            return build instanceof Map<?, ?> ? Optional.of(mapping(build)) : Optional.empty();
        }

        Map<String, String> buildArgs() {
            var args = new LinkedHashMap<String, String>();
            Object node = build().map(build -> build.get("args")).orElse(null);
            if (node instanceof List<?> entries) {
                for (Object entry : entries) {
                    String[] parts = String.valueOf(entry).split("=", 2);
                    args.put(parts[0], parts.length > 1 ? interpolate(parts[1]) : "");
                }
            } else {
                mapping(node).forEach((name, value) -> args.put(name, text(value)));
            }
            return args;
        }

        /** The module a Pressline service is built from: its {@code MODULE} build argument. */
        Optional<String> module() {
            return Optional.ofNullable(buildArgs().get("MODULE"));
        }

        /** The {@code ports:} entries, as published host port (may be empty) and container port. */
        List<PublishedPort> publishedPorts() {
            var ports = new ArrayList<PublishedPort>();
            for (Object entry : sequence(definition.get("ports"))) {
                if (entry instanceof Map<?, ?> longSyntax) {
                    ports.add(new PublishedPort(
                            text(mapping(longSyntax).get("published")),
                            Integer.parseInt(text(mapping(longSyntax).get("target")))));
                } else {
                    String spec = text(entry).replaceFirst("/(tcp|udp)$", "");
                    int colon = spec.lastIndexOf(':');
                    ports.add(new PublishedPort(
                            colon < 0 ? "" : spec.substring(0, colon), Integer.parseInt(spec.substring(colon + 1))));
                }
            }
            return ports;
        }

        /** The ports other containers reach this one on: {@code expose}, the targets of {@code ports}. */
        Set<Integer> containerPorts() {
            var ports = new LinkedHashSet<Integer>();
            sequence(definition.get("expose"))
                    .forEach(port -> ports.add(Integer.parseInt(text(port).replaceFirst("/(tcp|udp)$", ""))));
            publishedPorts().forEach(port -> ports.add(port.container()));
            return ports;
        }

        List<String> networks() {
            Object node = definition.get("networks");
            if (node instanceof List<?> names) {
                return names.stream().map(String::valueOf).toList();
            }
            return List.copyOf(mapping(node).keySet());
        }

        /** The {@code volumes:} entries as source and target; a bind mount's source is a path. */
        List<Mount> mounts() {
            var mounts = new ArrayList<Mount>();
            for (Object entry : sequence(definition.get("volumes"))) {
                if (entry instanceof Map<?, ?> longSyntax) {
                    var volume = mapping(longSyntax);
                    mounts.add(new Mount(
                            text(volume.get("source")), text(volume.get("target")), "bind".equals(volume.get("type"))));
                } else {
                    String[] parts = text(entry).split(":");
                    String source = parts.length > 1 ? parts[0] : null;
                    boolean bind = source != null
                            && (source.startsWith(".") || source.startsWith("/") || source.startsWith("~"));
                    mounts.add(new Mount(source, parts.length > 1 ? parts[1] : parts[0], bind));
                }
            }
            return mounts;
        }
    }

    record PublishedPort(String host, int container) {}

    record Mount(String source, String target, boolean bind) {}
}
