package dk.pressline.deploy;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Dockerfile read as text: its base images, build arguments, what it copies from the build context, and the
 * patterns of the ignore file its build applies (its own {@code <Dockerfile>.dockerignore}, else the context's).
 *
 * @param instructions the instructions, continuation lines joined and comments dropped
 * @param ignorePatterns the lines of its ignore file (none if it has none)
 */
record DockerfileRecipe(List<Instruction> instructions, List<String> ignorePatterns) {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{?([A-Za-z_][A-Za-z0-9_]*)}?");

    static DockerfileRecipe parse(String dockerfile, String dockerignore) {
        var instructions = new ArrayList<Instruction>();
        var line = new StringBuilder();
        for (String raw : dockerfile.split("\n")) {
            String trimmed = raw.strip();
            if (trimmed.startsWith("#") || (trimmed.isEmpty() && line.isEmpty())) {
                continue;
            }
            if (trimmed.endsWith("\\")) {
                line.append(trimmed, 0, trimmed.length() - 1).append(' ');
                continue;
            }
            line.append(trimmed);
            String[] parts = line.toString().strip().split("\\s+", 2);
            instructions.add(new Instruction(parts[0].toUpperCase(), parts.length > 1 ? parts[1] : ""));
            line.setLength(0);
        }
        var patterns = dockerignore == null
                ? List.<String>of()
                : Arrays.stream(dockerignore.split("\n"))
                        .map(String::strip)
                        .filter(pattern -> !pattern.isEmpty() && !pattern.startsWith("#"))
                        .toList();
        return new DockerfileRecipe(instructions, patterns);
    }

    List<String> baseImages() {
        return instructions.stream()
                .filter(instruction -> instruction.keyword().equals("FROM"))
                .map(instruction -> instruction.arguments().split("\\s+")[0])
                .toList();
    }

    Set<String> buildArgs() {
        var args = new LinkedHashSet<String>();
        instructions.stream()
                .filter(instruction -> instruction.keyword().equals("ARG"))
                .forEach(instruction -> args.add(instruction.arguments().split("[=\\s]")[0]));
        return args;
    }

    /** The build-context paths COPY and ADD read, with the build arguments filled in. */
    List<String> copiedSources(Map<String, String> args) {
        var sources = new ArrayList<String>();
        for (Instruction instruction : instructions) {
            if (!instruction.keyword().equals("COPY") && !instruction.keyword().equals("ADD")) {
                continue;
            }
            var words = Arrays.stream(instruction.arguments().split("\\s+")).toList();
            if (words.stream().anyMatch(word -> word.startsWith("--from="))) {
                continue;
            }
            var paths = words.stream().filter(word -> !word.startsWith("--")).toList();
            paths.subList(0, paths.size() - 1).forEach(path -> sources.add(substitute(path, args)));
        }
        return sources;
    }

    List<String> runCommands() {
        return instructions.stream()
                .filter(instruction -> instruction.keyword().equals("RUN"))
                .map(Instruction::arguments)
                .toList();
    }

    /** Whether the ignore file keeps a context path out of the build: the last pattern matching it or a parent wins. */
    boolean ignores(String path) {
        boolean ignored = false;
        for (String pattern : ignorePatterns) {
            boolean exception = pattern.startsWith("!");
            var matcher =
                    FileSystems.getDefault().getPathMatcher("glob:" + (exception ? pattern.substring(1) : pattern));
            for (Path prefix = Path.of(path); prefix != null; prefix = prefix.getParent()) {
                if (matcher.matches(prefix)) {
                    ignored = !exception;
                    break;
                }
            }
        }
        return ignored;
    }

    private static String substitute(String text, Map<String, String> args) {
        Matcher matcher = VARIABLE.matcher(text);
        var result = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(
                    result, Matcher.quoteReplacement(args.getOrDefault(matcher.group(1), matcher.group())));
        }
        matcher.appendTail(result);
        return result.toString();
    }

    record Instruction(String keyword, String arguments) {}
}
