package dk.pressline.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
            assertThat(directory).as("a directory above the working directory holding deploy/compose.yaml").isNotNull();
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
        assertThat(deployedModules).as("the MODULE build arguments in compose.yaml")
                .isEqualTo(new TreeSet<>(springBootApplicationModules()));
    }

    @Test
    void dependenciesAreServicesInTheFileAndAreAwaitedHealthy() {
        assertNoProblems(checks.dependenciesExistAndAreHealthy());
    }

    @Test
    void everyContainerHasAHealthcheckAndAMemoryLimit() {
        assertNoProblems(checks.everyServiceHasAHealthcheckAndAMemoryLimit());
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
        assertNoProblems(checks.envExampleListsEveryVariable(
                Files.readString(repository.resolve("deploy/.env.example"))));
    }

    @Test
    void thePostgresInitScriptCreatesEveryDatabaseTheServicesUse() throws IOException {
        var postgres = checks.compose().service("postgres").orElseThrow();
        var script = postgres.mounts().stream().filter(mount -> mount.bind()
                && mount.target().startsWith("/docker-entrypoint-initdb.d/")).findFirst().orElseThrow();
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
        assertThat(used).as("databases named by SPRING_DATASOURCE_URL")
                .containsExactlyInAnyOrder("article_service", "sponsor_service", "notification_service");
        assertThat(created).as("databases created by " + script.source()).containsAll(used);
    }

    @Test
    void environmentVariablesBindByRelaxedRulesAndOnlyWhereTheModuleReadsThem() {
        var article = ServiceModule.read(repository, "article-service");
        assertThat(article.propertySetBy("SPRING_KAFKA_BOOTSTRAP_SERVERS")).contains("spring.kafka.bootstrap-servers");
        assertThat(article.propertySetBy("SPRING_KAFKA_BOOTSTRAPSERVERS")).contains("spring.kafka.bootstrap-servers");
        assertThat(article.propertySetBy("PRESSLINE_KAFKA_REPLICATION_FACTOR"))
                .as("from the platform's PresslineKafkaProperties").contains("pressline.kafka.replication-factor");
        assertThat(article.propertySetBy("SPRING_DATASOURCE_PASSWORD")).contains("spring.datasource.password");
        assertThat(article.propertySetBy("SPRING_DATASOURCE_URLL")).isEmpty();

        var gateway = ServiceModule.read(repository, "gateway");
        assertThat(gateway.propertySetBy("PRESSLINE_KAFKA_REPLICATION_FACTOR"))
                .as("the gateway does not use the platform module").isEmpty();
        assertThat(gateway.propertySetBy("SPRING_DATASOURCE_PASSWORD")).as("the gateway has no datasource").isEmpty();
        assertThat(ServiceModule.read(repository, "auth-server").propertySetBy("PRESSLINE_AUTH_ISSUER"))
                .as("a placeholder auth-server's yml names").contains("PRESSLINE_AUTH_ISSUER");
    }

    @Test
    void aDependencyOnAMissingServiceIsReported() {
        var broken = brokenCopy(model -> service(model, "search-service").put("depends_on",
                new LinkedHashMap<>(Map.of("kafka-4", Map.of("condition", "service_healthy")))));

        assertThat(broken.dependenciesExistAndAreHealthy())
                .containsExactly("search-service depends on 'kafka-4', which is not a service in the file");
    }

    @Test
    void aVariableNoPropertyBindsToIsReported() {
        var broken = brokenCopy(model -> environment(model, "article-service")
                .put("SPRING_DATASOURCE_URLL", "jdbc:postgresql://postgres:5432/article_service"));

        assertThat(broken.presslineServicesMatchTheirModules()).singleElement().asString()
                .startsWith("article-service sets SPRING_DATASOURCE_URLL, which binds to no property");
    }

    @Test
    void aGatewayRouteToTheWrongPortIsReported() {
        var broken = brokenCopy(model -> environment(model, "gateway")
                .put("PRESSLINE_GATEWAY_SEARCH_SERVICE", "http://search-service:8082"));

        assertThat(broken.gatewayRoutesReachTheServices()).containsExactly(
                "gateway's PRESSLINE_GATEWAY_SEARCH_SERVICE reaches search-service on port 8082, but it listens on 8083");
        assertThat(broken.addressesNameServicesOnTheirPorts()).containsExactly(
                "gateway's PRESSLINE_GATEWAY_SEARCH_SERVICE reaches search-service on port 8082, but search-service "
                        + "is reached on [8083]");
    }

    @Test
    void aHostPortOnAScalableServiceIsReported() {
        var broken = brokenCopy(model -> service(model, "search-service").put("ports", List.of("8083:8083")));

        assertThat(broken.onlyTheEdgePublishesHostPorts()).singleElement().asString()
                .startsWith("search-service publishes host port(s)");
    }

    @Test
    void aContainerWithoutHealthcheckOrMemoryLimitIsReported() {
        var broken = brokenCopy(model -> {
            service(model, "mail-relay").remove("healthcheck");
            service(model, "postgres").remove("deploy");
        });

        assertThat(broken.everyServiceHasAHealthcheckAndAMemoryLimit()).containsExactlyInAnyOrder(
                "mail-relay has no health check (healthcheck.test)",
                "postgres has no memory limit (deploy.resources.limits.memory or mem_limit)");
    }

    @Test
    void aServiceTalkingToAServiceItDoesNotAwaitIsReported() {
        var broken = brokenCopy(model -> service(model, "notification-service").put("depends_on",
                Map.of("postgres", Map.of("condition", "service_healthy"))));

        assertThat(broken.addressesNameServicesOnTheirPorts()).containsExactlyInAnyOrder(
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

        assertThat(broken.everyImageIsBuiltByTheProject()).containsExactlyInAnyOrder(
                "postgres names image postgres:17, not one of the project's pressline/...",
                "postgres runs image postgres:17, which the project does not build (no build:)");
    }

    @Test
    void anImageWithoutTheLabelsOfItsOriginIsReported() {
        var broken = brokenCopy(model -> ComposeFile.mapping(service(model, "gateway").get("build")).remove("labels"));

        assertThat(broken.everyImageIsBuiltByTheProject()).containsExactly(
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
            service(model, "website").put("build", Map.of("context", context.toString(), "dockerfile", "Dockerfile",
                    "labels", build.get("labels")));
        });

        assertThat(broken.everyImageIsBuiltByTheProject()).containsExactly("website's image is built FROM "
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

        assertThat(recipe.copiedSources(Map.of("MODULE", "article-service"))).containsExactly(
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

    private static void assertNoProblems(List<String> problems) {
        assertThat(problems).withFailMessage(() -> "deploy/compose.yaml:\n  " + String.join("\n  ", problems))
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
        Matcher module = Pattern.compile("<module>([^<]+)</module>").matcher(
                Files.readString(repository.resolve("pom.xml")));
        while (module.find()) {
            Path pom = repository.resolve(module.group(1)).resolve("pom.xml");
            if (Files.readString(pom).contains("<artifactId>spring-boot-maven-plugin</artifactId>")) {
                modules.add(module.group(1));
            }
        }
        return modules;
    }
}
