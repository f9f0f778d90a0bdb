package dk.pressline.deploy.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import dk.pressline.deploy.OnRunningPlatform;
import dk.pressline.deploy.RunningPlatform;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every operation of every service's OpenAPI description, called through the gateway as clients call it (or at the
 * service, for the administrators' paths the gateway does not route) with hostile input from {@link HostileInputs}:
 * no answer is a 5xx, every 4xx is problem+json that names no Java type, and what stores its input stored nothing.
 * Operations act on ids that exist nowhere, so none changes the demo's data; one without any input that only changes
 * state (a rebuild, a redrive) is called without a token and with roles that may not, never with one that may.
 *
 * <p>The seed is fixed ({@code -Dpressline.fuzz.seed} sets another); a failure names the seed and its request.
 */
@OnRunningPlatform
class ApiFuzzTests {

    static final long SEED = Long.getLong("pressline.fuzz.seed", 20261207L);
    static final List<String> SERVICES =
            List.of("article-service", "sponsor-service", "search-service", "notification-service");
    /** Who is tried, in this order, until one may call the operation: a reader first, an administrator last. */
    static final List<String> CALLERS = List.of("reader", "editor", "sales", "advertiser", "admin");

    static final Pattern JAVA_NAME = Pattern.compile(
            "\\b(java|javax|jakarta|tools\\.jackson|com\\.fasterxml|org\\.springframework|dk\\.pressline)\\.[a-z]");

    static final JsonMapper json = JsonMapper.builder().build();
    static final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    static final GatewayRoutes gateway = GatewayRoutes.read();
    static final Map<String, String> tokens = new LinkedHashMap<>();

    @TestFactory
    Stream<DynamicNode> noHostileInputGetsA5xxOrAnAnswerThatIsNotAProblem() {
        return SERVICES.stream()
                .map(service -> DynamicContainer.dynamicContainer(
                        service,
                        operations(service).stream()
                                .map(operation -> DynamicTest.dynamicTest(
                                        operation.toString(), () -> fuzz(service, operation)))));
    }

    private static void fuzz(String service, Op op) throws Exception {
        var random = new Random(SEED ^ op.toString().hashCode());
        var guarded = op.method().equals("POST") && !op.path().contains("{");
        var requests = HostileInputs.forOperation(op.method(), op.path(), op.operation(), guarded, random);
        var failures = new ArrayList<String>();
        var storedBefore = guarded ? stored(service, op) : null;

        var caller = "admin";
        var first = requests.getFirst();
        for (var candidate : CALLERS) {
            if (candidate.equals("admin") && !op.method().equals("GET") && !HostileInputs.takesInput(op.operation())) {
                caller = null;
                break;
            }
            var answer = send(service, first, candidate);
            check(first, candidate, answer, guarded, failures);
            if (answer.statusCode() != 401 && answer.statusCode() != 403) {
                caller = candidate;
                break;
            }
        }
        if (caller != null) {
            for (var request : requests.subList(1, requests.size())) {
                check(request, caller, send(service, request, caller), guarded, failures);
            }
        }

        var storedAfter = storedBefore == null ? null : stored(service, op);
        if (storedAfter != null && !storedAfter.equals(storedBefore)) {
            failures.add("stored " + (storedAfter - storedBefore) + " more: " + storedBefore + " before the fuzz, "
                    + storedAfter + " after");
        }
        assertThat(failures).as("answers to hostile input (seed %d)", SEED).isEmpty();
    }

    private static void check(
            HostileRequest request,
            String caller,
            HttpResponse<String> answer,
            boolean guarded,
            List<String> failures) {
        var status = answer.statusCode();
        var contentType = answer.headers().firstValue("Content-Type").orElse("");
        String wrong = null;
        if (status >= 500) {
            wrong = "a " + status;
        } else if (status >= 400 && !contentType.startsWith("application/problem+json")) {
            wrong = "a " + status + " as " + (contentType.isEmpty() ? "no content type" : contentType);
        } else if (status >= 400 && JAVA_NAME.matcher(answer.body()).find()) {
            wrong = "a " + status + " naming a Java type";
        } else if (guarded && status < 300 && status != 429) {
            wrong = "a " + status + ": it accepted input its schema refuses";
        }
        if (wrong != null) {
            failures.add(wrong + " for " + request + "\n  as " + caller + "\n  answer: " + abbreviate(answer.body()));
        }
    }

    private static HttpResponse<String> send(String service, HostileRequest request, String caller)
            throws IOException, InterruptedException {
        var base = gateway.baseFor(service, request.path());
        var builder = HttpRequest.newBuilder(URI.create(base + request.pathAndQuery()))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .method(
                        request.method(),
                        request.body() == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(request.body(), StandardCharsets.UTF_8));
        request.headers().forEach(builder::header);
        if (!caller.equals("reader")) {
            builder.header("Authorization", "Bearer " + token(caller));
        }
        return http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /**
     * How much there is of what the operation stores: the size of the list at the same path, or for a sign-up the
     * consent evidence of the address the fuzz's sign-ups start from. {@code null} where nothing shows it.
     */
    private static Long stored(String service, Op op) throws IOException, InterruptedException {
        String list;
        if (op.path().equals("/api/subscriptions")) {
            list = "/api/consents?email=" + HostileRequest.encode(HostileInputs.FUZZ_ADDRESS);
        } else if (op.hasListAtSamePath()) {
            list = op.path();
        } else {
            return null;
        }
        var answer = send(service, new HostileRequest("the count", "GET", list, Map.of(), Map.of(), null), "admin");
        assertThat(answer.statusCode()).as("GET " + list + ": " + answer.body()).isEqualTo(200);
        var body = json.readTree(answer.body());
        return body.isArray() ? body.size() : body.get("totalItems").asLong();
    }

    private static List<Op> operations(String service) {
        var document = fetch(gateway.services().get(service) + "/v3/api-docs");
        var options = new ParseOptions();
        options.setResolve(true);
        options.setResolveFully(true);
        var result = new OpenAPIV3Parser().readContents(document, null, options);
        OpenAPI api = result.getOpenAPI();
        assertThat(api)
                .as("%s's OpenAPI description: %s", service, result.getMessages())
                .isNotNull();
        var operations = new ArrayList<Op>();
        api.getPaths().forEach((path, item) -> {
            var hasList = item.getGet() != null && answersJson(item.getGet());
            item.readOperationsMap()
                    .forEach((method, operation) -> operations.add(new Op(method.name(), path, operation, hasList)));
        });
        assertThat(operations).as("%s's operations", service).isNotEmpty();
        return operations;
    }

    /** Whether the operation's success is JSON (the list a POST at its path adds to), not a page for people. */
    private static boolean answersJson(Operation get) {
        var ok = get.getResponses() == null ? null : get.getResponses().get("200");
        return ok != null
                && ok.getContent() != null
                && ok.getContent().keySet().stream().anyMatch(type -> type.contains("json") || type.equals("*/*"));
    }

    private static String fetch(String url) {
        try {
            var answer =
                    http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as("GET " + url).isEqualTo(200);
            return answer.body();
        } catch (IOException e) {
            throw new IllegalStateException("GET " + url, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static synchronized String token(String user) throws IOException, InterruptedException {
        var token = tokens.get(user);
        if (token == null) {
            token = RunningPlatform.token(user + ":" + user + "-secret");
            tokens.put(user, token);
        }
        return token;
    }

    private static String abbreviate(String text) {
        return text.length() <= 600 ? text : text.substring(0, 600) + "...";
    }

    /** One operation of a service's description. */
    record Op(String method, String path, Operation operation, boolean hasListAtSamePath) {

        @Override
        public String toString() {
            return method + " " + path;
        }
    }
}
