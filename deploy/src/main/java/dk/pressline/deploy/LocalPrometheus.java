package dk.pressline.deploy;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Prometheus for the local run, where the machine has it (Debian: {@code apt install prometheus}): it scrapes every
 * process the run started, on the port that process answers metrics on, and evaluates the repository's alert rules.
 * Its configuration is written anew on every start, its samples kept in the data directory between runs.
 */
final class LocalPrometheus {

    static final String NAME = "prometheus";
    static final String METRICS_PATH = "/actuator/prometheus";

    private LocalPrometheus() {}

    /** The {@code prometheus} program on the PATH, if there is one. */
    static Optional<Path> installed() {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .filter(directory -> !directory.isBlank())
                .map(directory -> Path.of(directory, NAME))
                .filter(Files::isExecutable)
                .findFirst();
    }

    /** Writes the configuration into {@code directory} and starts Prometheus on it; wait with awaitHealthy. */
    static ServiceProcess start(
            Path executable, int port, List<ServiceProcess> scraped, Path alertRules, Path directory, Path logDirectory)
            throws IOException {
        Files.createDirectories(directory);
        var config = directory.resolve("prometheus.yml");
        var metricsPorts = new LinkedHashMap<String, Integer>();
        scraped.forEach(process -> metricsPorts.put(process.name(), process.managementPort()));
        Files.writeString(config, scrapeConfig(metricsPorts, alertRules));
        return ServiceProcess.start(
                new LocalService(NAME, port, Map.of()),
                List.of(
                        executable.toString(),
                        "--config.file=" + config,
                        "--storage.tsdb.path=" + directory.resolve("data"),
                        "--storage.tsdb.retention.time=15d",
                        "--web.listen-address=localhost:" + port),
                logDirectory,
                "/-/ready");
    }

    /**
     * One scrape job per process, named {@code pressline-<process>}, and the alert rules.
     *
     * @param metricsPorts each process by name, and the port it answers {@value #METRICS_PATH} on
     */
    static String scrapeConfig(Map<String, Integer> metricsPorts, Path alertRules) {
        var config = new StringBuilder("""
                # Written by ./pressline run on every start: every process it started, on the port it answers
                # metrics on. Changes here are lost; the alert rules are deploy/prometheus/alerts.yml.
                global:
                  scrape_interval: 15s
                  evaluation_interval: 15s

                rule_files:
                  - "%s"

                scrape_configs:
                """.formatted(alertRules.toAbsolutePath()));
        metricsPorts.forEach((process, port) -> config.append("""
                      - job_name: pressline-%s
                        metrics_path: %s
                        static_configs:
                          - targets: ["localhost:%d"]
                    """.formatted(process, METRICS_PATH, port)));
        return config.toString();
    }
}
