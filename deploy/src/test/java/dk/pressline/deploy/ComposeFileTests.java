package dk.pressline.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The production compose file, checked without Docker on every build (the stack itself runs under
 * {@code ./pressline compose test}, which needs an engine): every reference in it resolves to a service, a port, a
 * property a module reads, or a file in the repository, and every image is one the project builds. The last tests
 * break an in-memory copy to show each check reports what it guards against.
 */
class ComposeFileTests {

    private static Path repository;
    private static String composeText;
    private static ComposeChecks checks;

    @BeforeAll
    static void readTheComposeFile() throws IOException {
        Path directory = Path.of("").toAbsolutePath();
        while (!Files.exists(directory.resolve("deploy/compose.yaml"))) {
            directory = directory.getParent();
            assertThat(directory)
                    .as("a directory above the working directory holding deploy/compose.yaml")
                    .isNotNull();
        }
        repository = directory;
        composeText = Files.readString(repository.resolve("deploy/compose.yaml"));
        checks = new ComposeChecks(ComposeFile.parse(repository.resolve("deploy"), composeText), repository);
    }

    @Test
    void theFileRunsEveryServiceModuleAndItsInfrastructure() throws IOException {
        var services = checks.compose().services();
        assertThat(services).containsKeys("kafka-1", "kafka-2", "kafka-3", "elasticsearch", "postgres", "mail-relay");
        var deployedModules = new TreeSet<String>();
        services.values().forEach(service -> service.module().ifPresent(deployedModules::add));
        assertThat(deployedModules)
                .as("the MODULE build arguments in compose.yaml")
                .isEqualTo(new TreeSet<>(springBootApplicationModules()));
    }

    @Test
    void dependenciesAreServicesInTheFileAndAreAwaitedHealthy() {
        assertNoProblems(withoutThePreflight().dependenciesExistAndAreHealthy());
    }

    @Test
    void everyContainerHasAHealthcheckAndAMemoryLimit() {
        assertNoProblems(withoutThePreflight().everyServiceHasAHealthcheckAndAMemoryLimit());
        assertThat(checks.compose().service(PREFLIGHT).orElseThrow().memoryLimit())
                .as("the preflight's")
                .isPresent();
    }

    @Test
    void everyContainerWaitsForThePreflightToPass() {
        var preflight = checks.compose().service(PREFLIGHT).orElseThrow();
        assertThat(preflight.definition())
                .as("a one-shot: not restarted, on no network")
                .doesNotContainKey("restart")
                .containsEntry("network_mode", "none");
        checks.compose().services().values().stream()
                .filter(service -> !service.name().equals(PREFLIGHT))
                .forEach(service -> assertThat(service.dependsOn())
                        .as(service.name() + "'s depends_on")
                        .containsEntry(PREFLIGHT, "service_completed_successfully"));
    }

    @Test
    void thePreflightIsGivenEverySecretAndTheDemoSwitch() {
        var given = rawEnvironment(checks.compose().service(PREFLIGHT).orElseThrow());
        var secrets = checks.compose().variables().keySet().stream()
                .filter(ComposeFileTests::isSecret)
                .toList();
        assertThat(secrets)
                .contains("POSTGRES_PASSWORD", "ARTICLE_SERVICE_DB_PASSWORD", "PRESSLINE_NOTIFICATIONS_LINK_SECRET");
        for (String variable : secrets) {
            assertThat(given).as("the preflight's environment").containsKey(variable);
            assertThat(given.get(variable)).as(variable).startsWith("${" + variable + ":");
        }
        assertThat(given)
                .containsEntry("COMPOSE_PROFILES", "${COMPOSE_PROFILES:-}")
                .containsEntry("PRESSLINE_TOKEN_ISSUER", "${PRESSLINE_TOKEN_ISSUER:-http://auth-server:9000}");
    }

    @Test
    void theDemoIssuerRunsOnlyInTheDemoProfileAndNothingWaitsForIt() {
        var services = checks.compose().services();
        assertThat(services.get("auth-server").definition()).containsEntry("profiles", List.of("demo"));
        services.values().stream()
                .filter(service -> !service.name().equals("auth-server"))
                .forEach(service -> {
                    assertThat(service.definition()).as(service.name()).doesNotContainKey("profiles");
                    assertThat(service.dependsOn())
                            .as(service.name() + "'s depends_on")
                            .doesNotContainKey("auth-server");
                });
    }

    @Test
    void thePreflightRefusesTheExampleSettingsNamingEachOne() throws Exception {
        var example = envFile(Files.readString(repository.resolve("deploy/.env.example")));
        var refused = runThePreflight(example);

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.output())
                .startsWith("The stack does not start with these settings")
                .contains("PRESSLINE_TOKEN_ISSUER is http://auth-server:9000, the demo auth-server")
                .contains("switch the demo on with COMPOSE_PROFILES=demo");
        example.forEach((variable, value) -> {
            if (isSecret(variable) && value.equals("change-me")) {
                assertThat(refused.output())
                        .contains(variable + " is 'change-me', a value published in the " + "repository");
            }
        });
        assertThat(example)
                .as("the example's secrets")
                .containsEntry("POSTGRES_PASSWORD", "change-me")
                .containsEntry("ARTICLE_SERVICE_DB_PASSWORD", "change-me")
                .containsEntry("PRESSLINE_NOTIFICATIONS_LINK_SECRET", "change-me");
    }

    @Test
    void thePreflightRefusesTheDemoIssuerByDefaultAndTheDemoClientsSecretsAlways() throws Exception {
        Matcher secret = Pattern.compile("secret: \"\\{noop}([^\"]+)\"")
                .matcher(Files.readString(repository.resolve("auth-server/src/main/resources/application.yml")));
        var settings = new LinkedHashMap<String, String>();
        settings.put("COMPOSE_PROFILES", "demo");
        while (secret.find()) {
            settings.put("DEMO_" + settings.size() + "_PASSWORD", secret.group(1));
        }
        assertThat(settings).hasSizeGreaterThan(4);

        var refused = runThePreflight(settings);

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.output()).doesNotContain("PRESSLINE_TOKEN_ISSUER");
        settings.forEach((variable, value) -> {
            if (isSecret(variable)) {
                assertThat(refused.output()).contains(variable + " is '" + value + "'");
            }
        });
        var withNothingSet = runThePreflight(Map.of());
        assertThat(withNothingSet.exitCode()).isEqualTo(1);
        assertThat(withNothingSet.output()).contains("PRESSLINE_TOKEN_ISSUER is http://auth-server:9000, the demo");
    }

    @Test
    void whatComposeStackWritesPassesThePreflightWithAnIssuerOfYourOwnOrTheDemoSwitchedOn(@TempDir Path directory)
            throws Exception {
        Path written = directory.resolve(".env");
        var writer = new ProcessBuilder(
                        "bash", repository.resolve("deploy/compose-stack").toString(), "env")
                .redirectErrorStream(true);
        writer.environment().put("PRESSLINE_COMPOSE_ENV_FILE", written.toString());
        Process process = writer.start();
        process.getInputStream().transferTo(OutputStream.nullOutputStream());
        assertThat(process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0)
                .as("compose-stack env")
                .isTrue();
        var settings = envFile(Files.readString(written));

        var demoIssuerOnly = runThePreflight(settings);
        assertThat(demoIssuerOnly.exitCode()).isEqualTo(1);
        assertThat(demoIssuerOnly.output().lines().filter(line -> line.startsWith("  - ")))
                .singleElement()
                .asString()
                .startsWith("  - PRESSLINE_TOKEN_ISSUER is http://auth-server:9000");

        settings.put("COMPOSE_PROFILES", "demo");
        var demo = runThePreflight(settings);
        assertThat(demo.exitCode()).as(demo.output()).isZero();
        assertThat(demo.output()).startsWith("THE DEMO IS ON");

        settings.put("COMPOSE_PROFILES", "");
        settings.put("PRESSLINE_TOKEN_ISSUER", "https://login.pressline.dk/realms/newsroom");
        var production = runThePreflight(settings);
        assertThat(production.exitCode()).as(production.output()).isZero();
        assertThat(production.output()).startsWith("Preflight passed").doesNotContain("DEMO");
    }

    @Test
    void eachServiceConnectsAsItsOwnRoleNeverTheSuperuser() {
        var users = new TreeSet<String>();
        checks.compose().services().values().forEach(service -> {
            var raw = rawEnvironment(service);
            String url = raw.get("SPRING_DATASOURCE_URL");
            if (url == null) {
                assertThat(raw)
                        .as(service.name())
                        .doesNotContainKeys("SPRING_DATASOURCE_USERNAME", "SPRING_DATASOURCE_PASSWORD");
                return;
            }
            String database = url.substring(url.lastIndexOf('/') + 1);
            String role = service.name().replace('-', '_');
            assertThat(database).as(service.name() + "'s database").isEqualTo(role);
            assertThat(raw).as(service.name()).containsEntry("SPRING_DATASOURCE_USERNAME", role);
            assertThat(raw.get("SPRING_DATASOURCE_PASSWORD"))
                    .as(service.name() + "'s password")
                    .startsWith("${" + role.toUpperCase(Locale.ROOT) + "_DB_PASSWORD:?")
                    .doesNotContain("POSTGRES");
            users.add(role);
        });
        assertThat(users).containsExactly("article_service", "auth_server", "notification_service", "sponsor_service");
        assertThat(rawEnvironment(checks.compose().service("search-service").orElseThrow()))
                .as("search-service keeps no state in PostgreSQL")
                .doesNotContainKey("SPRING_DATASOURCE_URL");
    }

    @Test
    void everyJvmSizesItsHeapBelowItsContainersLimit() {
        assertNoProblems(checks.jvmsFitTheirMemoryLimits());
    }

    @Test
    void buildContextsDockerfilesMountedAndCopiedFilesExist() {
        assertNoProblems(checks.localFilesExist());
    }

    @Test
    void everyImageIsBuiltByTheProjectOnTheOneBaseImageLabelledAndUnprivileged() {
        assertNoProblems(checks.everyImageIsBuiltByTheProject());
    }

    @Test
    void serviceImagesRunDebiansJava21WithTheToolTheirHealthCheckCalls() {
        assertNoProblems(checks.serviceImagesRunJava21WithTheirHealthTool());
    }

    @Test
    void eachPresslineServiceIsReachedOnItsModulesPortAndSetsOnlyPropertiesItReads() {
        assertNoProblems(checks.presslineServicesMatchTheirModules());
    }

    @Test
    void addressesInTheEnvironmentNameServicesOnTheirPortsAndAreAwaited() {
        assertNoProblems(checks.addressesNameServicesOnTheirPorts());
    }

    @Test
    void theGatewayRoutesToEveryServiceOnItsPort() {
        assertNoProblems(checks.gatewayRoutesReachTheServices());
    }

    @Test
    void onlyTheGatewayAndTheIssuerPublishHostPorts() {
        assertNoProblems(checks.onlyTheEdgePublishesHostPorts());
    }

    @Test
    void kafkaIsAQuorumOfThreeKeepingThreeCopiesAndAcknowledgingOnTwo() {
        assertNoProblems(checks.kafkaIsAReplicatedQuorumOfThree());
    }

    @Test
    void elasticsearchIsTheVersionTheAnalysisPluginIsBuiltFor() {
        assertNoProblems(checks.elasticsearchRunsThePluginsVersion());
    }

    @Test
    void everyNetworkAndVolumeIsDeclared() {
        assertNoProblems(checks.networksAndVolumesAreDeclared());
    }

    @Test
    void theEnvExampleListsEveryVariableAndEachHasADefaultOrIsRequired() throws IOException {
        assertNoProblems(
                checks.envExampleListsEveryVariable(Files.readString(repository.resolve("deploy/.env.example"))));
    }

    @Test
    void thePostgresInitScriptCreatesEveryDatabaseTheServicesUse() throws IOException {
        var postgres = checks.compose().service("postgres").orElseThrow();
        var script = postgres.mounts().stream()
                .filter(mount -> mount.bind() && mount.target().startsWith("/docker-entrypoint-initdb.d/"))
                .findFirst()
                .orElseThrow();
        String sql = Files.readString(repository.resolve("deploy").resolve(script.source()));
        var created = new TreeSet<String>();
        Matcher create = Pattern.compile("(?i)CREATE DATABASE (\\w+)").matcher(sql);
        while (create.find()) {
            created.add(create.group(1));
        }
        var used = new TreeSet<String>();
        checks.compose().services().values().forEach(service -> {
            String url = service.environment().get("SPRING_DATASOURCE_URL");
            if (url != null) {
                used.add(url.substring(url.lastIndexOf('/') + 1));
            }
        });
        assertThat(used)
                .as("databases named by SPRING_DATASOURCE_URL")
                .containsExactlyInAnyOrder("article_service", "sponsor_service", "notification_service", "auth_server");
        assertThat(created).as("databases created by " + script.source()).containsAll(used);

        var postgresEnvironment = rawEnvironment(postgres);
        for (String database : used) {
            String password = database.toUpperCase(Locale.ROOT) + "_DB_PASSWORD";
            assertThat(sql)
                    .as("the role of " + database)
                    .containsPattern("\\\\getenv (\\w+) " + password + "\\n")
                    .containsPattern("CREATE ROLE " + database + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE "
                            + "NOREPLICATION NOBYPASSRLS\\s+PASSWORD :'\\w+';")
                    .contains("CREATE DATABASE " + database + " OWNER " + database + ";")
                    .contains("REVOKE ALL ON DATABASE " + database + " FROM PUBLIC;");
            assertThat(postgresEnvironment)
                    .as("postgres's environment, which the init script reads")
                    .containsEntry(password, "${" + password + ":?set it in deploy/.env}");
        }
        String statements = sql.lines().filter(line -> !line.startsWith("--")).collect(Collectors.joining("\n"));
        assertThat(statements).doesNotContainPattern("(?i)\\b(GRANT|SUPERUSER|CREATEDB|CREATEROLE)\\b");
    }

    @Test
    void environmentVariablesBindByRelaxedRulesAndOnlyWhereTheModuleReadsThem() {
        var article = ServiceModule.read(repository, "article-service");
        assertThat(article.propertySetBy("SPRING_KAFKA_BOOTSTRAP_SERVERS")).contains("spring.kafka.bootstrap-servers");
        assertThat(article.propertySetBy("SPRING_KAFKA_BOOTSTRAPSERVERS")).contains("spring.kafka.bootstrap-servers");
        assertThat(article.propertySetBy("PRESSLINE_KAFKA_REPLICATION_FACTOR"))
                .as("from the platform's PresslineKafkaProperties")
                .contains("pressline.kafka.replication-factor");
        assertThat(article.propertySetBy("SPRING_DATASOURCE_PASSWORD")).contains("spring.datasource.password");
        assertThat(article.propertySetBy("SPRING_DATASOURCE_URLL")).isEmpty();

        var gateway = ServiceModule.read(repository, "gateway");
        assertThat(gateway.propertySetBy("PRESSLINE_KAFKA_REPLICATION_FACTOR"))
                .as("the gateway does not use the platform module")
                .isEmpty();
        assertThat(gateway.propertySetBy("SPRING_DATASOURCE_PASSWORD"))
                .as("the gateway has no datasource")
                .isEmpty();
        assertThat(ServiceModule.read(repository, "auth-server").propertySetBy("PRESSLINE_AUTH_ISSUER"))
                .as("a placeholder auth-server's yml names")
                .contains("PRESSLINE_AUTH_ISSUER");
    }

    @Test
    void aDependencyOnAMissingServiceIsReported() {
        var broken = withoutThePreflight(model -> service(model, "search-service")
                .put("depends_on", new LinkedHashMap<>(Map.of("kafka-4", Map.of("condition", "service_healthy")))));

        assertThat(broken.dependenciesExistAndAreHealthy())
                .containsExactly("search-service depends on 'kafka-4', which is not a service in the file");
    }

    @Test
    void aVariableNoPropertyBindsToIsReported() {
        var broken = brokenCopy(model -> environment(model, "article-service")
                .put("SPRING_DATASOURCE_URLL", "jdbc:postgresql://postgres:5432/article_service"));

        assertThat(broken.presslineServicesMatchTheirModules())
                .singleElement()
                .asString()
                .startsWith("article-service sets SPRING_DATASOURCE_URLL, which binds to no property");
    }

    @Test
    void aGatewayRouteToTheWrongPortIsReported() {
        var broken = brokenCopy(model ->
                environment(model, "gateway").put("PRESSLINE_GATEWAY_SEARCH_SERVICE", "http://search-service:8082"));

        assertThat(broken.gatewayRoutesReachTheServices())
                .containsExactly(
                        "gateway's PRESSLINE_GATEWAY_SEARCH_SERVICE reaches search-service on port 8082, but it listens on 8083");
        assertThat(broken.addressesNameServicesOnTheirPorts())
                .containsExactly(
                        "gateway's PRESSLINE_GATEWAY_SEARCH_SERVICE reaches search-service on port 8082, but search-service "
                                + "is reached on [8083]");
    }

    @Test
    void aHostPortOnAScalableServiceIsReported() {
        var broken = brokenCopy(model -> service(model, "search-service").put("ports", List.of("8083:8083")));

        assertThat(broken.onlyTheEdgePublishesHostPorts())
                .singleElement()
                .asString()
                .startsWith("search-service publishes host port(s)");
    }

    @Test
    void aContainerWithoutHealthcheckOrMemoryLimitIsReported() {
        var broken = withoutThePreflight(model -> {
            service(model, "mail-relay").remove("healthcheck");
            service(model, "postgres").remove("deploy");
        });

        assertThat(broken.everyServiceHasAHealthcheckAndAMemoryLimit())
                .containsExactlyInAnyOrder(
                        "mail-relay has no health check (healthcheck.test)",
                        "postgres has no memory limit (deploy.resources.limits.memory or mem_limit)");
    }

    @Test
    void aServiceTalkingToAServiceItDoesNotAwaitIsReported() {
        var broken = brokenCopy(model -> service(model, "notification-service")
                .put("depends_on", Map.of("postgres", Map.of("condition", "service_healthy"))));

        assertThat(broken.addressesNameServicesOnTheirPorts())
                .containsExactlyInAnyOrder(
                        "notification-service talks to kafka-1 but does not wait for it (depends_on with condition: "
                                + "service_healthy)",
                        "notification-service talks to kafka-2 but does not wait for it (depends_on with condition: "
                                + "service_healthy)",
                        "notification-service talks to kafka-3 but does not wait for it (depends_on with condition: "
                                + "service_healthy)",
                        "notification-service talks to mail-relay but does not wait for it (depends_on with condition: "
                                + "service_healthy)");
    }

    @Test
    void anImageTheProjectDoesNotBuildIsReported() {
        var broken = brokenCopy(model -> {
            service(model, "postgres").remove("build");
            service(model, "postgres").put("image", "postgres:17");
        });

        assertThat(broken.everyImageIsBuiltByTheProject())
                .containsExactlyInAnyOrder(
                        "postgres names image postgres:17, not one of the project's pressline/...",
                        "postgres runs image postgres:17, which the project does not build (no build:)");
    }

    @Test
    void anImageWithoutTheLabelsOfItsOriginIsReported() {
        var broken = brokenCopy(model ->
                ComposeFile.mapping(service(model, "gateway").get("build")).remove("labels"));

        assertThat(broken.everyImageIsBuiltByTheProject())
                .containsExactly(
                        "gateway's build sets no label org.opencontainers.image.source",
                        "gateway's build sets no label org.opencontainers.image.version",
                        "gateway's build sets no label org.opencontainers.image.revision");
    }

    @Test
    void anImageBuiltOnABaseImageTheProjectDoesNotBuildIsReported(@TempDir Path context) throws IOException {
        Files.writeString(context.resolve("Dockerfile"), """
                FROM eclipse-temurin:21-jre-noble
                USER 10001
                """);
        var broken = brokenCopy(model -> {
            var build = ComposeFile.mapping(service(model, "website").get("build"));
            service(model, "website")
                    .put(
                            "build",
                            Map.of(
                                    "context",
                                    context.toString(),
                                    "dockerfile",
                                    "Dockerfile",
                                    "labels",
                                    build.get("labels")));
        });

        assertThat(broken.everyImageIsBuiltByTheProject())
                .containsExactly(
                        "website's image is built FROM "
                                + "eclipse-temurin:21-jre-noble, which the project does not build: build it on debian:trixie-slim");
    }

    @Test
    void aCopiedFileTheIgnoreFileLeavesOutOrNoBuildWritesIsReported() {
        var recipe = DockerfileRecipe.parse("""
                FROM pressline/java:21
                ARG MODULE
                COPY ${MODULE}/target/${MODULE}.jar /app/service.jar
                COPY deploy/docker/service/missing.properties /app/
                """, """
                *
                !*/target/*.jar
                """);

        assertThat(recipe.copiedSources(Map.of("MODULE", "article-service")))
                .containsExactly(
                        "article-service/target/article-service.jar", "deploy/docker/service/missing.properties");
        assertThat(checks.copiedSourceProblems("x", repository, recipe, "article-service/target/article-service.jar"))
                .isEmpty();
        assertThat(checks.copiedSourceProblems("x", repository, recipe, "article-service/target/article.jar"))
                .containsExactly("x's Dockerfile copies article-service/target/article.jar, but article-service's "
                        + "build does not write that file (finalName)");
        assertThat(checks.copiedSourceProblems("x", repository, recipe, "deploy/docker/service/missing.properties"))
                .containsExactly(
                        "x's Dockerfile copies deploy/docker/service/missing.properties, which its .dockerignore "
                                + "leaves out",
                        "x's Dockerfile copies deploy/docker/service/missing.properties, which does not exist in the "
                                + "build context");
    }

    private static final String PREFLIGHT = "preflight";

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{(\\w+)(?::([-?])([^}]*))?}");

    private record Run(int exitCode, String output) {}

    /**
     * Runs the preflight's check with bash, given the environment Compose gives its container when these settings
     * are its variables: the preflight's {@code environment:} in compose.yaml, interpolated with them; and any other
     * secret among the settings, as the check reads every secret it is given.
     */
    private static Run runThePreflight(Map<String, String> settings) throws Exception {
        var builder = new ProcessBuilder(
                        "bash",
                        repository
                                .resolve("deploy/docker/preflight/preflight-check")
                                .toString())
                .redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().put("PATH", "/usr/bin:/bin");
        rawEnvironment(checks.compose().service(PREFLIGHT).orElseThrow()).forEach((name, value) -> {
            Matcher variable = VARIABLE.matcher(value);
            var interpolated = new StringBuilder();
            while (variable.find()) {
                String set = settings.getOrDefault(variable.group(1), "");
                String fallback = "-".equals(variable.group(2)) ? variable.group(3) : "";
                variable.appendReplacement(interpolated, Matcher.quoteReplacement(set.isEmpty() ? fallback : set));
            }
            variable.appendTail(interpolated);
            builder.environment().put(name, interpolated.toString());
        });
        settings.keySet().stream()
                .filter(ComposeFileTests::isSecret)
                .forEach(name -> builder.environment().putIfAbsent(name, settings.get(name)));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor(30, TimeUnit.SECONDS))
                .as("the preflight ends")
                .isTrue();
        return new Run(process.exitValue(), output);
    }

    private static boolean isSecret(String variable) {
        return variable.matches(".*_(PASSWORD|SECRET|KEY)");
    }

    /** A service's {@code environment:} as written, before interpolation. */
    private static Map<String, String> rawEnvironment(ComposeFile.Service service) {
        var environment = new LinkedHashMap<String, String>();
        ComposeFile.mapping(service.definition().get("environment"))
                .forEach((name, value) -> environment.put(name, value == null ? "" : String.valueOf(value)));
        return environment;
    }

    private static Map<String, String> envFile(String text) {
        var settings = new LinkedHashMap<String, String>();
        text.lines()
                .filter(line -> line.matches("[A-Z_][A-Z0-9_]*=.*"))
                .forEach(line ->
                        settings.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1)));
        return settings;
    }

    /** The file without its one-shot preflight, for the checks of long-running containers and their health. */
    private static ComposeChecks withoutThePreflight() {
        return withoutThePreflight(model -> {});
    }

    private static ComposeChecks withoutThePreflight(Consumer<Map<String, Object>> breakage) {
        return brokenCopy(model -> {
            var services = ComposeFile.mapping(model.get("services"));
            services.remove(PREFLIGHT);
            services.values().forEach(service -> {
                if (ComposeFile.mapping(service).get("depends_on") instanceof Map<?, ?> dependencies) {
                    dependencies.remove(PREFLIGHT);
                }
            });
            breakage.accept(model);
        });
    }

    private static void assertNoProblems(List<String> problems) {
        assertThat(problems)
                .withFailMessage(() -> "deploy/compose.yaml:\n  " + String.join("\n  ", problems))
                .isEmpty();
    }

    private static ComposeChecks brokenCopy(Consumer<Map<String, Object>> breakage) {
        var copy = ComposeFile.parse(repository.resolve("deploy"), composeText);
        breakage.accept(copy.model());
        return new ComposeChecks(copy, repository);
    }

    private static Map<String, Object> service(Map<String, Object> model, String name) {
        return ComposeFile.mapping(ComposeFile.mapping(model.get("services")).get(name));
    }

    private static Map<String, Object> environment(Map<String, Object> model, String name) {
        return ComposeFile.mapping(service(model, name).get("environment"));
    }

    /** The reactor's modules that build a Spring Boot application, as the root pom lists them. */
    private static List<String> springBootApplicationModules() throws IOException {
        var modules = new ArrayList<String>();
        Matcher module =
                Pattern.compile("<module>([^<]+)</module>").matcher(Files.readString(repository.resolve("pom.xml")));
        while (module.find()) {
            Path pom = repository.resolve(module.group(1)).resolve("pom.xml");
            if (Files.readString(pom).contains("<artifactId>spring-boot-maven-plugin</artifactId>")) {
                modules.add(module.group(1));
            }
        }
        return modules;
    }
}
