package dk.pressline.deploy.fuzz;

import dk.pressline.deploy.RunningPlatform;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.util.AntPathMatcher;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * What the gateway's {@code application.yml} says: where each service runs locally, and which paths the gateway
 * routes. A path it does not route (the administrators' outbox pages, say) is reached at the service itself.
 */
record GatewayRoutes(Map<String, URI> services, List<String> routedPaths) {

    private static final AntPathMatcher matcher = new AntPathMatcher();

    static GatewayRoutes read() {
        Map<String, Object> yml;
        try (var in = Files.newInputStream(
                RunningPlatform.repository().resolve("gateway/src/main/resources/application.yml"))) {
            yml = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var services = new LinkedHashMap<String, URI>();
        // A service's address is a string (comma-separated where it runs more than once); nested settings are no route.
        map(map(yml, "pressline"), "gateway").forEach((name, urls) -> {
            if (urls instanceof String text) {
                services.put(name, URI.create(text.split(",")[0].strip()));
            }
        });
        var routedPaths = new ArrayList<String>();
        List<Map<String, Object>> routes =
                cast(map(map(map(map(map(yml, "spring"), "cloud"), "gateway"), "server"), "webmvc")
                        .get("routes"));
        for (var route : routes) {
            for (var predicate : (List<?>) route.get("predicates")) {
                if (predicate instanceof String text && text.startsWith("Path=")) {
                    routedPaths.addAll(
                            Arrays.asList(text.substring("Path=".length()).split(",")));
                }
            }
        }
        return new GatewayRoutes(services, routedPaths);
    }

    /** The gateway for a path it routes, else the service's own address. */
    URI baseFor(String service, String path) {
        return routedPaths.stream().anyMatch(pattern -> matcher.match(pattern, path))
                ? URI.create(RunningPlatform.GATEWAY)
                : services.get(service);
    }

    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        return cast(parent.get(key));
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object value) {
        return (T) value;
    }
}
