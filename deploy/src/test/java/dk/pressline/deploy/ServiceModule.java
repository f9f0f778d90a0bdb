package dk.pressline.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * What a service module reads from its environment: the properties its {@code application.yml} defines or refers
 * to, and the {@code @ConfigurationProperties} and {@code @Value} properties of its own code and of the platform
 * module it depends on.
 *
 * @param name the module's directory name
 * @param directory the module's directory
 * @param settings its {@code application.yml}, flattened to dotted keys
 * @param properties every property name it reads (dotted, kebab-case) and every placeholder its yml names
 */
record ServiceModule(String name, Path directory, Map<String, Object> settings, Set<String> properties) {

    /**
     * Boot properties a module reads though its {@code application.yml} leaves them out, each with why. One applies
     * to a module whose yml sets other properties under the same prefix.
     */
    static final Map<String, String> BOOT_PROPERTIES_NOT_IN_YML = Map.of(
            "spring.datasource.password",
            "a secret: DataSourceProperties reads it, and no yml in the repository may " + "hold it");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}:]+)");
    private static final Pattern CONFIGURATION_PROPERTIES =
            Pattern.compile("@ConfigurationProperties\\(\\s*(?:(?:value|prefix)\\s*=\\s*)?\"([^\"]+)\"\\s*\\)");
    private static final Pattern RECORD_HEADER = Pattern.compile("\\brecord\\s+\\w+\\s*(?:<[^>]*>)?\\s*\\(");
    private static final Pattern VALUE = Pattern.compile("@Value\\(\\s*\"\\$\\{([^}:\"]+)");

    static ServiceModule read(Path repository, String name) {
        Path directory = repository.resolve(name);
        Map<String, Object> settings = new LinkedHashMap<>();
        var properties = new TreeSet<String>();
        Path yml = directory.resolve("src/main/resources/application.yml");
        try {
            Object model = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(yml));
            flatten("", model, settings, properties);
            var sources = new ArrayList<Path>();
            sources.add(directory.resolve("src/main/java"));
            if (Files.readString(directory.resolve("pom.xml")).contains("<artifactId>platform</artifactId>")) {
                sources.add(repository.resolve("platform/src/main/java"));
            }
            for (Path source : sources) {
                properties.addAll(propertiesReadBy(source));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        properties.addAll(settings.keySet());
        return new ServiceModule(name, directory, settings, properties);
    }

    Optional<Integer> serverPort() {
        return Optional.ofNullable(settings.get("server.port")).map(port -> Integer.parseInt(port.toString()));
    }

    /** The port of its actuator (health, metrics), when it has one apart from {@link #serverPort()}. */
    Optional<Integer> managementPort() {
        return Optional.ofNullable(settings.get("management.server.port"))
                .map(port -> Integer.parseInt(port.toString()));
    }

    /**
     * The property an environment variable sets, by Spring's relaxed binding for the environment: upper case,
     * {@code _} for {@code .}, dashes dropped or (the legacy form) also {@code _}; or a placeholder the yml names.
     */
    Optional<String> propertySetBy(String variable) {
        if (properties.contains(variable)) {
            return Optional.of(variable);
        }
        var candidates = Stream.concat(
                properties.stream(),
                BOOT_PROPERTIES_NOT_IN_YML.keySet().stream().filter(this::definesSiblingsOf));
        return candidates
                .filter(property -> environmentNames(property).contains(variable))
                .findFirst();
    }

    static Set<String> environmentNames(String property) {
        String underscored = property.replace('.', '_').toUpperCase();
        return new TreeSet<>(List.of(underscored.replace("-", ""), underscored.replace('-', '_')));
    }

    private boolean definesSiblingsOf(String property) {
        String prefix = property.substring(0, property.lastIndexOf('.') + 1);
        return settings.keySet().stream().anyMatch(key -> key.startsWith(prefix));
    }

    private static void flatten(String prefix, Object node, Map<String, Object> settings, Set<String> placeholders) {
        switch (node) {
            case Map<?, ?> map ->
                map.forEach((key, value) -> flatten(
                        prefix.isEmpty() ? String.valueOf(key) : prefix + "." + key, value, settings, placeholders));
            case List<?> list -> {
                settings.put(prefix, list);
                list.forEach(item -> flatten("", item, new LinkedHashMap<>(), placeholders));
            }
            case String text -> {
                settings.put(prefix, text);
                Matcher matcher = PLACEHOLDER.matcher(text);
                while (matcher.find()) {
                    placeholders.add(matcher.group(1));
                }
            }
            case null -> settings.put(prefix, null);
            default -> settings.put(prefix, node);
        }
    }

    private static Set<String> propertiesReadBy(Path sources) throws IOException {
        var properties = new TreeSet<String>();
        if (!Files.isDirectory(sources)) {
            return properties;
        }
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file :
                    files.filter(path -> path.toString().endsWith(".java")).toList()) {
                String code = Files.readString(file);
                Matcher value = VALUE.matcher(code);
                while (value.find()) {
                    properties.add(value.group(1));
                }
                Matcher annotation = CONFIGURATION_PROPERTIES.matcher(code);
                if (annotation.find()) {
                    String prefix = annotation.group(1);
                    Matcher header = RECORD_HEADER.matcher(code);
                    if (header.find(annotation.end())) {
                        recordComponents(code, header.end())
                                .forEach(component -> properties.add(prefix + "." + kebabCase(component)));
                    }
                }
            }
        }
        return properties;
    }

    /** The component names of a record header, read from just after its opening parenthesis. */
    private static List<String> recordComponents(String code, int start) {
        var components = new ArrayList<String>();
        int depth = 0;
        var component = new StringBuilder();
        for (int i = start; i < code.length(); i++) {
            char c = code.charAt(i);
            if (depth == 0 && (c == ',' || c == ')')) {
                String[] words = component.toString().trim().split("[\\s>]+");
                components.add(words[words.length - 1]);
                component.setLength(0);
                if (c == ')') {
                    break;
                }
                continue;
            }
            depth += switch (c) {
                case '(', '<' -> 1;
                case ')', '>' -> -1;
                default -> 0;
            };
            component.append(c);
        }
        return components;
    }

    static String kebabCase(String camelCase) {
        return camelCase.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
    }
}
