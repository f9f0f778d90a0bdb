package dk.pressline.testsupport.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;

/**
 * A service's answer to {@code GET /actuator/prometheus}, as Prometheus reads it: the text exposition format, one
 * sample a line ({@code name{label="value",...} 1.0}), comments starting with {@code #}.
 */
public record PrometheusScrape(int httpStatus, String contentType, String text) {

    private static final String PROMETHEUS_2_ACCEPT = "application/openmetrics-text;version=1.0.0,"
            + "application/openmetrics-text;version=0.0.1;q=0.75,text/plain;version=0.0.4;q=0.5,*/*;q=0.1";
    private static final String ALERTED_METRICS = "deploy/prometheus/exposed-metrics.txt";
    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(.*)})? (\\S+)");
    private static final Pattern LABEL_SEPARATOR = Pattern.compile(",(?=[a-zA-Z_][a-zA-Z0-9_]*=\")");

    public static PrometheusScrape ofLocalPort(int port) {
        var response = ApiClient.atLocalPort(port).get("/actuator/prometheus");
        return new PrometheusScrape(
                response.status(), response.header("Content-Type").orElse(""), response.body());
    }

    /**
     * Scrapes as Prometheus does, asking for OpenMetrics first (with the Accept header of Prometheus 2.x), and asserts
     * the answer carries no exemplar ({@code # {trace_id=...}} after a sample): Prometheus before 3.0 refuses a whole
     * scrape that has one on a summary's count.
     */
    public static void assertOpenMetricsScrapeWithoutExemplars(int port) {
        try (var http = HttpClient.newHttpClient()) {
            var response = http.send(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/prometheus"))
                            .header("Accept", PROMETHEUS_2_ACCEPT)
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/openmetrics-text"));
            assertThat(response.body().lines().filter(line -> !line.startsWith("#") && line.contains(" # {")))
                    .as("samples with an exemplar")
                    .isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Asserts a 200 in the text format with Boot's JVM and HTTP server metrics, every sample tagged with the
     * application. The HTTP metric appears once the service has answered a request: scrape twice.
     */
    public void assertBootMetricsTaggedWith(String application) {
        var softly = new SoftAssertions();
        softly.assertThat(httpStatus).as("HTTP status of /actuator/prometheus").isEqualTo(200);
        softly.assertThat(contentType).as("content type").startsWith("text/plain");
        softly.assertThat(metricNames())
                .as("metric names")
                .anyMatch(name -> name.startsWith("jvm_"))
                .contains("http_server_requests_seconds_count");
        softly.assertThat(samples())
                .as("samples without application=\"" + application + "\"")
                .allMatch(sample -> sample.contains("application=\"" + application + "\""));
        softly.assertAll();
    }

    /**
     * Asserts the scrape has every metric that {@value #ALERTED_METRICS} (which the alert rules are checked against)
     * lists for the application.
     */
    public void assertHasTheMetricsAlertsUse(String application) {
        assertThat(metricNames())
                .as("metrics " + ALERTED_METRICS + " lists for " + application)
                .containsAll(alertedMetricsOf(application));
    }

    private static List<String> alertedMetricsOf(String application) {
        var directory = Path.of("").toAbsolutePath();
        while (directory != null && !Files.exists(directory.resolve(ALERTED_METRICS))) {
            directory = directory.getParent();
        }
        assertThat(directory)
                .as("a directory above the working directory holding " + ALERTED_METRICS)
                .isNotNull();
        try {
            return Files.readAllLines(directory.resolve(ALERTED_METRICS)).stream()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.trim().split("\\s+"))
                    .filter(fields ->
                            Arrays.asList(fields).subList(1, fields.length).contains(application))
                    .map(fields -> fields[0])
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The names of every metric sampled, as Prometheus sees them ({@code jvm_memory_used_bytes}). */
    public Set<String> metricNames() {
        var names = new TreeSet<String>();
        samples().forEach(sample -> {
            var matcher = SAMPLE.matcher(sample);
            if (matcher.find()) {
                names.add(matcher.group(1));
            }
        });
        return names;
    }

    /**
     * The value of the one sample of {@code name} that carries every given label ({@code topic="articles"}), if there
     * is one.
     */
    public Optional<Double> value(String name, String... labels) {
        var wanted = Set.of(labels);
        var values = samples()
                .map(SAMPLE::matcher)
                .filter(matcher -> matcher.find() && matcher.group(1).equals(name))
                .filter(matcher -> labelsOf(matcher).containsAll(wanted))
                .map(matcher -> Double.parseDouble(matcher.group(4)))
                .toList();
        assertThat(values)
                .as("samples of " + name + " with " + Arrays.toString(labels))
                .hasSizeLessThan(2);
        return values.stream().findFirst();
    }

    private static Set<String> labelsOf(Matcher sample) {
        return sample.group(3) == null ? Set.of() : Set.of(LABEL_SEPARATOR.split(sample.group(3)));
    }

    private Stream<String> samples() {
        return text.lines().filter(line -> !line.isBlank() && !line.startsWith("#"));
    }
}
