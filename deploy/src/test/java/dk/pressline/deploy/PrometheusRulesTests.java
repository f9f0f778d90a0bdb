package dk.pressline.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * The alert rules in {@code deploy/prometheus}: every rule uses only metrics that {@code exposed-metrics.txt} lists
 * (each service's smoke test checks its scrape has the names listed for it); and the scrape configs of the local run
 * and of the compose stack. {@code promtool}, when on the PATH, checks them as Prometheus would load them.
 */
class PrometheusRulesTests {

    /** What Prometheus itself records about each scrape. */
    private static final Set<String> PROMETHEUS_OWN_METRICS = Set.of("up");

    private static final Set<String> PROMQL_KEYWORDS = Set.of("and", "or", "unless", "bool", "offset");
    private static final Pattern IDENTIFIER = Pattern.compile("(?<![\\w:.])([a-zA-Z_:][a-zA-Z0-9_:]*)(\\s*\\()?");
    private static final List<String> PROCESSES = List.of(
            "article-service",
            "sponsor-service",
            "search-service",
            "notification-service",
            "website",
            "portal",
            "gateway",
            "auth-server");

    private static Path repository;
    private static Path prometheus;

    @BeforeAll
    static void findTheRepository() {
        Path directory = Path.of("").toAbsolutePath();
        while (!Files.exists(directory.resolve("deploy/prometheus/alerts.yml"))) {
            directory = directory.getParent();
            assertThat(directory)
                    .as("a directory above the working directory holding deploy/prometheus")
                    .isNotNull();
        }
        repository = directory;
        prometheus = directory.resolve("deploy/prometheus");
    }

    @Test
    void everyAlertUsesOnlyMetricsTheServicesAreCheckedToExpose() throws IOException {
        var known = new TreeSet<>(exposedMetrics().keySet());
        known.addAll(PROMETHEUS_OWN_METRICS);

        var rules = rules();

        assertThat(rules).isNotEmpty();
        for (var rule : rules) {
            var name = (String) rule.get("alert");
            assertThat(metricNames((String) rule.get("expr")))
                    .as("the metrics of " + name)
                    .isNotEmpty()
                    .allSatisfy(metric ->
                            assertThat(known).as(metric + " in " + name).contains(metric));
            assertThat(rule).as(name).containsKeys("labels", "annotations");
            assertThat(map(rule.get("labels"))).as(name).containsKey("severity");
            assertThat(map(rule.get("annotations"))).as(name).containsKey("summary");
        }
    }

    @Test
    void alertsOnEveryWayTheFlowGetsStuck() throws IOException {
        var used = new TreeSet<String>();
        rules().forEach(rule -> used.addAll(metricNames((String) rule.get("expr"))));

        assertThat(used)
                .contains(
                        "spring_cloud_stream_binder_kafka_offset",
                        "pressline_outbox_oldest_pending_age_seconds",
                        "pressline_dead_letter_messages",
                        "pressline_notifications_mails_failed_total",
                        "pressline_search_indexing_failures_total");
    }

    @Test
    void readsTheMetricNamesOfAnExpressionAndNothingElse() {
        assertThat(
                        metricNames(
                                "max by (group, topic) (deriv(spring_cloud_stream_binder_kafka_offset[5m])) > 0 "
                                        + "and sum without (instance) (rate(some_total{topic=\"a.dlq\", kind!~\"x|y\"}[1m] offset 5m)) > 60"))
                .containsExactlyInAnyOrder("spring_cloud_stream_binder_kafka_offset", "some_total");
    }

    @Test
    void listsOnlyProcessesThatExist() throws IOException {
        assertThat(exposedMetrics().values())
                .allSatisfy(processes -> assertThat(PROCESSES).containsAll(processes));
    }

    @Test
    void theLocalRunScrapesEveryProcessItStartedOnItsMetricsPortAndLoadsTheAlertRules() {
        Map<String, Object> config =
                new Yaml().load(LocalPrometheus.scrapeConfig(localRunMetricsPorts(), prometheus.resolve("alerts.yml")));

        assertThat(config.get("rule_files"))
                .isEqualTo(List.of(prometheus.resolve("alerts.yml").toString()));
        Map<String, String> targets = new LinkedHashMap<>();
        for (var job : list(config.get("scrape_configs"))) {
            assertThat(job.get("metrics_path")).as((String) job.get("job_name")).isEqualTo("/actuator/prometheus");
            var staticConfig = list(job.get("static_configs")).getFirst();
            targets.put((String) job.get("job_name"), (String) ((List<?>) staticConfig.get("targets")).getFirst());
        }
        assertThat(targets)
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "pressline-article-service",
                        "localhost:8081",
                        "pressline-search-service",
                        "localhost:8083",
                        "pressline-search-service-2",
                        "localhost:8183",
                        "pressline-gateway",
                        "localhost:9080"));
    }

    @Test
    void theComposeStackScrapesEveryInstanceOfEveryProcessByItsServiceNameOnItsMetricsPort() throws IOException {
        Map<String, Object> config = new Yaml().load(Files.readString(prometheus.resolve("compose-scrape.yml")));

        assertThat(config.get("rule_files")).isEqualTo(List.of("alerts.yml"));
        Map<String, String> targets = new LinkedHashMap<>();
        for (var job : list(config.get("scrape_configs"))) {
            assertThat(job.get("metrics_path")).as((String) job.get("job_name")).isEqualTo("/actuator/prometheus");
            var discovery = list(job.get("dns_sd_configs")).getFirst();
            assertThat(discovery.get("type")).isEqualTo("A");
            targets.put(
                    (String) job.get("job_name"),
                    ((List<?>) discovery.get("names")).getFirst() + ":" + discovery.get("port"));
        }
        var expected = new LinkedHashMap<String, String>();
        for (var process : PROCESSES) {
            expected.put("pressline-" + process, process + ":" + metricsPort(process));
        }
        assertThat(targets).containsExactlyInAnyOrderEntriesOf(expected);
    }

    @Test
    void promtoolAcceptsTheRulesAndTheLocalRunsAndTheComposeStacksConfigs(@TempDir Path directory) throws Exception {
        assumeThat(onPath("promtool")).as("promtool on the PATH").isTrue();
        var config = directory.resolve("prometheus.yml");
        Files.writeString(
                config, LocalPrometheus.scrapeConfig(localRunMetricsPorts(), prometheus.resolve("alerts.yml")));

        assertThat(promtool("check", "rules", "alerts.yml")).isZero();
        assertThat(promtool("check", "config", config.toString())).isZero();
        assertThat(promtool("check", "config", "compose-scrape.yml")).isZero();
    }

    /** Where the process answers {@code /actuator/prometheus}: its management port if it has one, else its port. */
    private static int metricsPort(String process) throws IOException {
        Map<String, Object> yaml =
                new Yaml().load(Files.readString(repository.resolve(process + "/src/main/resources/application.yml")));
        var management = map(map(yaml.get("management")).get("server"));
        var port = management.containsKey("port")
                ? management.get("port")
                : map(yaml.get("server")).get("port");
        return (Integer) port;
    }

    private static Map<String, Integer> localRunMetricsPorts() {
        var ports = new LinkedHashMap<String, Integer>();
        ports.put("article-service", 8081);
        ports.put("search-service", 8083);
        ports.put("search-service-2", 8183);
        ports.put("gateway", 9080);
        return ports;
    }

    static Set<String> metricNames(String expression) {
        var withoutLabels = expression
                .replaceAll("\"[^\"]*\"", "\"\"")
                .replaceAll("\\{[^}]*}", " ")
                .replaceAll("\\[[^]]*]", " ")
                .replaceAll("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", " ")
                .replaceAll("\\boffset\\s+\\w+", " ");
        var names = new TreeSet<String>();
        var identifiers = IDENTIFIER.matcher(withoutLabels);
        while (identifiers.find()) {
            var isFunction = identifiers.group(2) != null;
            if (!isFunction && !PROMQL_KEYWORDS.contains(identifiers.group(1))) {
                names.add(identifiers.group(1));
            }
        }
        return names;
    }

    private static List<Map<String, Object>> rules() throws IOException {
        Map<String, Object> file = new Yaml().load(Files.readString(prometheus.resolve("alerts.yml")));
        var rules = new ArrayList<Map<String, Object>>();
        list(file.get("groups")).forEach(group -> rules.addAll(list(group.get("rules"))));
        return rules;
    }

    private static Map<String, List<String>> exposedMetrics() throws IOException {
        Map<String, List<String>> metrics = new LinkedHashMap<>();
        Files.readAllLines(prometheus.resolve("exposed-metrics.txt")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> List.of(line.trim().split("\\s+")))
                .forEach(fields -> metrics.put(fields.getFirst(), fields.subList(1, fields.size())));
        return metrics;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object yaml) {
        return (List<Map<String, Object>>) yaml;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object yaml) {
        return yaml == null ? Map.of() : (Map<String, Object>) yaml;
    }

    private static boolean onPath(String command) {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(directory -> Files.isExecutable(Path.of(directory, command)));
    }

    private static int promtool(String... arguments) throws Exception {
        var command = new ArrayList<String>(List.of("promtool"));
        command.addAll(List.of(arguments));
        var process = new ProcessBuilder(command)
                .directory(prometheus.toFile())
                .inheritIO()
                .start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS))
                .as("promtool finished")
                .isTrue();
        return process.exitValue();
    }
}
