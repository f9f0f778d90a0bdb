package dk.pressline.deploy;

import dk.pressline.deploy.ComposeFile.Service;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What {@code deploy/compose.yaml} must get right, each check returning the problems it finds as sentences that name
 * the service and what to fix. An empty list means the file passes.
 *
 * @param compose the compose file
 * @param repository the repository root, which holds the modules and the build contexts
 */
record ComposeChecks(ComposeFile compose, Path repository) {

    /** The only services that publish a host port: the way in, and the demo token issuer for fetching tokens. */
    static final Set<String> EDGE_SERVICES = Set.of("gateway", "auth-server");
    /** The operator's views, which publish a port on the host's loopback only. */
    static final Set<String> OPERATOR_SERVICES = Set.of("zipkin", "prometheus");

    /**
     * Services others reach without waiting for them at start-up: a service fetches the issuer's signing keys on
     * first use (see the comment on {@code issuer-uri} in every service's application.yml), and sends its spans to the
     * trace viewer in batches it drops while the viewer is away.
     */
    static final Set<String> REACHED_LAZILY = Set.of("auth-server", "zipkin");

    /** The one base image every image is built on: pulled, or made by deploy/docker/base/debian-trixie-slim. */
    static final String BASE_IMAGE = "debian:trixie-slim";

    /** The image every service's image is built on: Debian's Java 21 runtime, from deploy/docker/java. */
    static final String JAVA_IMAGE = "pressline/java:21";

    /** Postfix's master process runs as root, as Postfix must: it binds the port and runs its daemons unprivileged. */
    static final Set<String> RUN_AS_ROOT = Set.of("mail-relay");

    static final List<String> IMAGE_LABELS = List.of(
            "org.opencontainers.image.source", "org.opencontainers.image.version", "org.opencontainers.image.revision");

    /** An image the project builds: pressline/NAME, from deploy/docker/NAME/Dockerfile. */
    private static final Pattern PROJECT_IMAGE = Pattern.compile("pressline/([a-z0-9-]+)(?::[\\w.-]+)?");

    private static final String KAFKA_DOCKERFILE = "deploy/docker/kafka/Dockerfile";
    private static final Pattern SERVICE_ADDRESS = Pattern.compile("(?<![\\w.-])([a-z][a-z0-9-]*):(\\d+)");
    private static final Pattern MAX_RAM_PERCENTAGE = Pattern.compile("-XX:MaxRAMPercentage=(\\d+(?:\\.\\d+)?)");
    private static final Pattern MAX_HEAP = Pattern.compile("-Xmx(\\d+)([kmgKMG]?)");
    private static final Pattern URL = Pattern.compile("^https?://([^/:]+):(\\d+)/?$");

    List<String> dependenciesExistAndAreHealthy() {
        var problems = new ArrayList<String>();
        var services = compose.services();
        services.values()
                .forEach(service -> service.dependsOn().forEach((dependency, condition) -> {
                    if (!services.containsKey(dependency)) {
                        problems.add(service.name() + " depends on '" + dependency
                                + "', which is not a service in the file");
                    } else if (!"service_healthy".equals(condition)) {
                        problems.add(
                                service.name() + " depends on " + dependency + " without 'condition: service_healthy'");
                    }
                }));
        return problems;
    }

    List<String> everyServiceHasAHealthcheckAndAMemoryLimit() {
        var problems = new ArrayList<String>();
        for (Service service : compose.services().values()) {
            if (service.healthcheckCommand().isBlank()) {
                problems.add(service.name() + " has no health check (healthcheck.test)");
            }
            var limit = service.memoryLimit();
            if (limit.isEmpty()) {
                problems.add(service.name() + " has no memory limit (deploy.resources.limits.memory or mem_limit)");
            } else if (bytes(limit.get()).isEmpty()) {
                problems.add(service.name() + " has a memory limit Compose cannot read: " + limit.get());
            }
        }
        return problems;
    }

    /** A JVM must size itself below its container's limit: a percentage of it, or an -Xmx well under it. */
    List<String> jvmsFitTheirMemoryLimits() {
        var problems = new ArrayList<String>();
        for (Service service : compose.services().values()) {
            long limit = service.memoryLimit().flatMap(ComposeChecks::bytes).orElse(0L);
            var environment = service.environment();
            if (service.module().isPresent()) {
                String options =
                        environment.getOrDefault("JDK_JAVA_OPTIONS", environment.getOrDefault("JAVA_TOOL_OPTIONS", ""));
                Matcher percentage = MAX_RAM_PERCENTAGE.matcher(options);
                if (!percentage.find()) {
                    problems.add(service.name() + " runs a JVM without -XX:MaxRAMPercentage in JDK_JAVA_OPTIONS");
                } else if (Double.parseDouble(percentage.group(1)) > 80) {
                    problems.add(service.name() + " gives the heap " + percentage.group(1)
                            + "% of its memory, leaving too little for metaspace, threads and buffers");
                }
            }
            for (String value : environment.values()) {
                Matcher heap = MAX_HEAP.matcher(value);
                if (heap.find()
                        && limit > 0
                        && bytes(heap.group(1) + heap.group(2)).orElseThrow() > limit * 3 / 4) {
                    problems.add(service.name() + " sets -Xmx" + heap.group(1) + heap.group(2)
                            + ", more than three quarters of its memory limit");
                }
            }
        }
        return problems;
    }

    List<String> localFilesExist() {
        var problems = new ArrayList<String>();
        for (Service service : compose.services().values()) {
            var build = service.build();
            if (build.isPresent()) {
                problems.addAll(buildProblems(service, build.get()));
            }
            service.mounts().stream().filter(ComposeFile.Mount::bind).forEach(mount -> {
                Path source = compose.directory().resolve(mount.source()).normalize();
                if (!Files.exists(source)) {
                    problems.add(
                            service.name() + " mounts " + mount.source() + ", which does not exist (" + source + ")");
                }
            });
        }
        return problems;
    }

    private List<String> buildProblems(Service service, Map<String, Object> build) {
        var problems = new ArrayList<String>();
        Path context = compose.directory()
                .resolve(String.valueOf(build.getOrDefault("context", ".")))
                .normalize();
        if (!Files.isDirectory(context)) {
            problems.add(service.name() + " builds from context " + build.get("context") + ", not a directory");
            return problems;
        }
        Path dockerfile = context.resolve(String.valueOf(build.getOrDefault("dockerfile", "Dockerfile")));
        if (!Files.isRegularFile(dockerfile)) {
            problems.add(service.name() + " builds from " + build.get("dockerfile") + ", which does not exist in "
                    + context);
            return problems;
        }
        var recipe = readRecipe(context, dockerfile);
        var args = service.buildArgs();
        for (String arg : args.keySet()) {
            if (!recipe.buildArgs().contains(arg)) {
                problems.add(service.name() + " passes build argument " + arg + ", which " + dockerfile.getFileName()
                        + " does not declare");
            }
        }
        for (String source : recipe.copiedSources(args)) {
            problems.addAll(copiedSourceProblems(service.name(), context, recipe, source));
        }
        return problems;
    }

    /**
     * The Dockerfile with the ignore file its build applies: its own {@code <Dockerfile>.dockerignore} where the
     * builder reads those (BuildKit 0.10 and later), else the context's {@code .dockerignore}.
     */
    static DockerfileRecipe readRecipe(Path context, Path dockerfile) {
        try {
            Path own = dockerfile.resolveSibling(dockerfile.getFileName() + ".dockerignore");
            Path ignore = Files.exists(own) ? own : context.resolve(".dockerignore");
            return DockerfileRecipe.parse(
                    Files.readString(dockerfile), Files.exists(ignore) ? Files.readString(ignore) : null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A copied file exists in the context, or is what a module's build writes to its {@code target/} (named by the
     * pom's {@code finalName}, or a path under {@code ${project.build.directory}} the pom names); either way the
     * Dockerfile's ignore file must let it through.
     */
    List<String> copiedSourceProblems(String service, Path context, DockerfileRecipe recipe, String source) {
        var problems = new ArrayList<String>();
        if (recipe.ignores(source)) {
            problems.add(service + "'s Dockerfile copies " + source + ", which its .dockerignore leaves out");
        }
        Path file = context.resolve(source).normalize();
        Path relative = context.relativize(file);
        boolean buildOutput =
                relative.getNameCount() >= 3 && relative.getName(1).toString().equals("target");
        if (buildOutput) {
            String module = relative.getName(0).toString();
            Path output = relative.subpath(2, relative.getNameCount());
            Path pom = context.resolve(module).resolve("pom.xml");
            if (!Files.isRegularFile(pom)) {
                problems.add(service + "'s Dockerfile copies " + source + ", but there is no module " + module);
            } else if (!producedBy(pom, module, output)) {
                problems.add(service + "'s Dockerfile copies " + source + ", but " + module
                        + "'s build does not write that file (finalName)");
            }
        } else if (!Files.exists(file)) {
            problems.add(service + "'s Dockerfile copies " + source + ", which does not exist in the build context");
        }
        return problems;
    }

    private static boolean producedBy(Path pom, String module, Path output) {
        try {
            String text = Files.readString(pom);
            String artifact = output.toString();
            Matcher finalName =
                    Pattern.compile("<finalName>([^<]+)</finalName>").matcher(text);
            if (finalName.find()) {
                String name = finalName.group(1).replace("${project.artifactId}", module);
                if (artifact.equals(name + ".jar") || artifact.equals(name + ".zip")) {
                    return true;
                }
            }
            if (text.contains("${project.build.directory}/" + artifact)) {
                return true;
            }
            Path parent = output.getParent();
            return parent != null
                    && text.contains("<outputDirectory>${project.build.directory}/" + parent + "</outputDirectory>")
                    && text.contains("<destFileName>" + output.getFileName() + "</destFileName>");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every container runs an image the project builds (no registry serves the others here): the service has a
     * {@code build}, any {@code image} name is {@code pressline/...}, and its Dockerfile builds FROM the base image or
     * FROM a {@code pressline/NAME} image built by {@code deploy/docker/NAME/Dockerfile}, itself built so, down to
     * the base image. Each build labels its image with its source, version and revision, and each image runs as a
     * user other than root (but the mail relay).
     */
    List<String> everyImageIsBuiltByTheProject() {
        var problems = new ArrayList<String>();
        for (Service service : compose.services().values()) {
            Object image = service.definition().get("image");
            if (image != null && !PROJECT_IMAGE.matcher(String.valueOf(image)).matches()) {
                problems.add(service.name() + " names image " + image + ", not one of the project's pressline/...");
            }
            var build = service.build();
            if (build.isEmpty()) {
                problems.add(
                        service.name() + " runs image " + image + ", which the project does not build (no build:)");
                continue;
            }
            Path context = compose.directory()
                    .resolve(String.valueOf(build.get().getOrDefault("context", ".")))
                    .normalize();
            Path dockerfile = context.resolve(String.valueOf(build.get().getOrDefault("dockerfile", "Dockerfile")));
            if (!Files.isRegularFile(dockerfile)) {
                continue;
            }
            var recipe = readRecipe(context, dockerfile);
            problems.addAll(baseImageProblems(service.name(), recipe, new LinkedHashSet<>()));
            var labels = ComposeFile.mapping(build.get().get("labels"));
            IMAGE_LABELS.stream()
                    .filter(label -> !labels.containsKey(label))
                    .forEach(label -> problems.add(service.name() + "'s build sets no label " + label));
            var users = recipe.instructions().stream()
                    .filter(instruction -> instruction.keyword().equals("USER"))
                    .map(DockerfileRecipe.Instruction::arguments)
                    .toList();
            if (!RUN_AS_ROOT.contains(service.name())
                    && (users.isEmpty() || users.getLast().matches("(root|0)(:.*)?"))) {
                problems.add(service.name() + "'s image runs as root: its Dockerfile needs a USER that is not root");
            }
        }
        return problems;
    }

    private List<String> baseImageProblems(String service, DockerfileRecipe recipe, Set<String> followed) {
        var problems = new ArrayList<String>();
        for (String base : recipe.baseImages()) {
            Matcher projectImage = PROJECT_IMAGE.matcher(base);
            if (base.equals(BASE_IMAGE)) {
                continue;
            }
            if (!projectImage.matches()) {
                problems.add(service + "'s image is built FROM " + base + ", which the project does not build: build "
                        + "it on " + BASE_IMAGE);
                continue;
            }
            Path dockerfile = repository
                    .resolve("deploy/docker")
                    .resolve(projectImage.group(1))
                    .resolve("Dockerfile");
            if (!Files.isRegularFile(dockerfile)) {
                problems.add(service + "'s image is built FROM " + base + ", but there is no "
                        + repository.relativize(dockerfile) + " to build it");
            } else if (followed.add(base)) {
                problems.addAll(baseImageProblems(service, readRecipe(repository, dockerfile), followed));
            }
        }
        return problems;
    }

    /**
     * A Pressline service's image runs Debian's Java 21 runtime, and makes sure of the tool its health check calls
     * (a slim base image may lack curl: the check would then fail forever).
     */
    List<String> serviceImagesRunJava21WithTheirHealthTool() {
        var problems = new ArrayList<String>();
        var javaRecipe = readRecipe(repository, repository.resolve("deploy/docker/java/Dockerfile"));
        if (javaRecipe.runCommands().stream().noneMatch(command -> command.contains("openjdk-21-jre-headless"))) {
            problems.add("deploy/docker/java/Dockerfile does not install openjdk-21-jre-headless");
        }
        for (Service service : compose.services().values()) {
            if (service.module().isEmpty()) {
                continue;
            }
            var build = service.build().orElseThrow();
            Path context = compose.directory()
                    .resolve(String.valueOf(build.get("context")))
                    .normalize();
            Path dockerfile = context.resolve(String.valueOf(build.getOrDefault("dockerfile", "Dockerfile")));
            if (!Files.isRegularFile(dockerfile)) {
                continue;
            }
            var recipe = readRecipe(context, dockerfile);
            if (!recipe.baseImages().contains(JAVA_IMAGE)) {
                problems.add(service.name() + "'s image is built FROM " + recipe.baseImages() + ", not " + JAVA_IMAGE);
            }
            String tool = service.healthcheckCommand().split("\\s+")[0];
            if (recipe.runCommands().stream()
                    .noneMatch(command -> command.matches(".*\\b" + Pattern.quote(tool) + "\\b.*"))) {
                problems.add(service.name() + "'s health check calls " + tool + ", which its Dockerfile neither "
                        + "installs nor checks for");
            }
        }
        return problems;
    }

    /**
     * Each Pressline service (built with a MODULE argument) matches its module: the module exists, it is reached
     * and health-checked on the module's server.port, on the readiness probe, and each SPRING_* or PRESSLINE_*
     * variable it is given sets a property the module reads.
     */
    List<String> presslineServicesMatchTheirModules() {
        var problems = new ArrayList<String>();
        for (Service service : compose.services().values()) {
            var module = service.module();
            if (module.isEmpty()) {
                continue;
            }
            Path directory = repository.resolve(module.get());
            if (!Files.isRegularFile(directory.resolve("pom.xml"))
                    || !Files.isRegularFile(directory.resolve("src/main/resources/application.yml"))) {
                problems.add(service.name() + " is built from module " + module.get()
                        + ", which has no pom.xml and application.yml in " + directory);
                continue;
            }
            var configuration = ServiceModule.read(repository, module.get());
            var port = configuration.serverPort();
            if (port.isEmpty()) {
                problems.add(module.get() + "'s application.yml sets no server.port");
            } else {
                var managementPort = configuration.managementPort().orElse(port.get());
                var listening = new TreeSet<>(List.of(port.get(), managementPort));
                if (!service.containerPorts().equals(listening)) {
                    problems.add(service.name() + " is reached on " + service.containerPorts()
                            + " (expose, ports) but " + module.get() + " listens on " + listening
                            + " (server.port, management.server.port)");
                }
                if (managementPort != port.get().intValue()
                        && service.publishedPorts().stream()
                                .anyMatch(published -> published.container() == managementPort)) {
                    problems.add(service.name() + " publishes its management port " + managementPort
                            + ", whose health and metrics are for the platform's own network only");
                }
                if (!service.healthcheckPorts().equals(List.of(managementPort))) {
                    problems.add(service.name() + "'s health check calls port " + service.healthcheckPorts() + " but "
                            + module.get() + " answers health on " + managementPort);
                }
            }
            if (!service.healthcheckPaths().equals(List.of("/actuator/health/readiness"))) {
                problems.add(service.name() + "'s health check calls " + service.healthcheckPaths()
                        + " instead of /actuator/health/readiness");
            }
            service.environment().keySet().stream()
                    .filter(variable -> variable.startsWith("SPRING_") || variable.startsWith("PRESSLINE_"))
                    .filter(variable -> configuration.propertySetBy(variable).isEmpty())
                    .forEach(variable -> problems.add(service.name() + " sets " + variable + ", which binds to no "
                            + "property " + module.get() + " reads (not in its application.yml, its "
                            + "@ConfigurationProperties or @Value, nor the allow-list in ServiceModule)"));
        }
        return problems;
    }

    /**
     * An address {@code service:port} in a container's environment names a service in the file and a port it is
     * reached on, as does a {@code *_HOST}/{@code *_PORT} pair; and a Pressline service waits for what it talks to
     * to be healthy, unless it reaches it lazily. (Kafka's brokers name each other but cannot wait for each other.)
     */
    List<String> addressesNameServicesOnTheirPorts() {
        var problems = new ArrayList<String>();
        var services = compose.services();
        for (Service service : services.values()) {
            var environment = service.environment();
            var referenced = new LinkedHashSet<String>();
            environment.forEach((variable, value) -> {
                Matcher address = SERVICE_ADDRESS.matcher(value);
                while (address.find()) {
                    String host = address.group(1);
                    int port = Integer.parseInt(address.group(2));
                    if (services.containsKey(host)) {
                        referenced.add(host);
                        if (!services.get(host).containerPorts().contains(port)) {
                            problems.add(service.name() + "'s " + variable + " reaches " + host + " on port " + port
                                    + ", but " + host + " is reached on "
                                    + services.get(host).containerPorts());
                        }
                    }
                }
                if (variable.endsWith("_HOST") && services.containsKey(value)) {
                    referenced.add(value);
                    String portVariable = variable.substring(0, variable.length() - "_HOST".length()) + "_PORT";
                    String port = environment.get(portVariable);
                    if (port == null || !services.get(value).containerPorts().contains(Integer.parseInt(port))) {
                        problems.add(service.name() + "'s " + portVariable + " (" + port + ") is not a port " + value
                                + " is reached on: " + services.get(value).containerPorts());
                    }
                }
            });
            if (service.module().isEmpty()) {
                continue;
            }
            referenced.remove(service.name());
            referenced.removeAll(REACHED_LAZILY);
            var dependencies = service.dependsOn();
            referenced.stream()
                    .filter(host -> !"service_healthy".equals(dependencies.get(host)))
                    .forEach(host -> problems.add(service.name() + " talks to " + host
                            + " but does not wait for it (depends_on with condition: service_healthy)"));
        }
        return problems;
    }

    /** The gateway is given an address for every service its application.yml routes to, each the right one. */
    List<String> gatewayRoutesReachTheServices() {
        var problems = new ArrayList<String>();
        var gateways = compose.services().values().stream()
                .filter(service -> service.module().filter("gateway"::equals).isPresent())
                .toList();
        if (gateways.size() != 1) {
            return List.of("Expected one service built from module gateway, found " + gateways.size());
        }
        Service gateway = gateways.getFirst();
        var configuration = ServiceModule.read(repository, "gateway");
        var modules = new HashMap<String, Service>();
        compose.services()
                .values()
                .forEach(service -> service.module().ifPresent(module -> modules.put(module, service)));
        // A route's address is pressline.gateway.<service>; deeper keys (reader-rate.burst) are other settings.
        var routed = configuration.settings().keySet().stream()
                .filter(key -> key.startsWith("pressline.gateway."))
                .map(key -> key.substring("pressline.gateway.".length()))
                .filter(target -> !target.contains("."))
                .collect(Collectors.toCollection(TreeSet::new));
        for (String target : routed) {
            String variable =
                    "PRESSLINE_GATEWAY_" + target.toUpperCase(Locale.ROOT).replace('-', '_');
            String url = gateway.environment().get(variable);
            if (url == null) {
                problems.add(gateway.name() + " does not set " + variable + ": it would route to its yml default, "
                        + configuration.settings().get("pressline.gateway." + target));
                continue;
            }
            Matcher matcher = URL.matcher(url);
            Service service = modules.get(target);
            if (!matcher.matches()) {
                problems.add(gateway.name() + "'s " + variable + " is not an http://host:port URL: " + url);
            } else if (service == null) {
                problems.add(gateway.name() + "'s " + variable + " names " + target + ", but no service in the file "
                        + "is built from that module");
            } else if (!matcher.group(1).equals(service.name())) {
                problems.add(gateway.name() + "'s " + variable + " reaches host " + matcher.group(1) + ", but " + target
                        + " runs as service " + service.name());
            } else {
                var port = ServiceModule.read(repository, target).serverPort();
                if (port.isEmpty() || port.get() != Integer.parseInt(matcher.group(2))) {
                    problems.add(gateway.name() + "'s " + variable + " reaches " + target + " on port "
                            + matcher.group(2) + ", but it listens on "
                            + port.map(String::valueOf).orElse("none"));
                }
            }
        }
        return problems;
    }

    /**
     * Only the edge publishes host ports, and the operator's views on loopback; nothing pins a container name, so
     * services scale out.
     */
    List<String> onlyTheEdgePublishesHostPorts() {
        var problems = new ArrayList<String>();
        for (Service service : compose.services().values()) {
            if (OPERATOR_SERVICES.contains(service.name())) {
                service.publishedPorts().stream()
                        .filter(port -> !port.host().startsWith("127.0.0.1:"))
                        .forEach(port -> problems.add(service.name() + " publishes " + port
                                + " beyond the host's loopback: the operator's views are for this host only"));
            } else if (!service.publishedPorts().isEmpty() && !EDGE_SERVICES.contains(service.name())) {
                problems.add(service.name() + " publishes host port(s) " + service.publishedPorts() + ": only "
                        + EDGE_SERVICES + " may, so the others can be scaled and stay internal");
            }
            if (service.definition().containsKey("container_name")) {
                problems.add(service.name() + " sets container_name, which stops it from scaling");
            }
        }
        return problems;
    }

    /**
     * Kafka is three combined broker-controllers forming one quorum, keeping three copies of every topic and
     * acknowledging a write only when two hold it; the services connect to all three and create their topics with
     * three copies.
     */
    List<String> kafkaIsAReplicatedQuorumOfThree() {
        var problems = new ArrayList<String>();
        var brokers = compose.services().values().stream()
                .filter(service -> service.build()
                        .map(build -> KAFKA_DOCKERFILE.equals(build.get("dockerfile")))
                        .orElse(false))
                .toList();
        if (brokers.size() != 3) {
            return List.of("Expected three Kafka brokers built from " + KAFKA_DOCKERFILE + ", found " + brokers.size());
        }
        var voters = new TreeSet<String>();
        var clusterIds = new TreeSet<String>();
        var bootstrap = new TreeSet<String>();
        for (Service broker : brokers) {
            var environment = broker.environment();
            voters.add(environment.get("KAFKA_NODE_ID") + "@" + broker.name() + ":9093");
            clusterIds.add(environment.get("CLUSTER_ID"));
            bootstrap.add(broker.name() + ":9092");
            expect(problems, broker, "KAFKA_PROCESS_ROLES", "broker,controller");
            expect(problems, broker, "KAFKA_MIN_INSYNC_REPLICAS", "2");
            expect(problems, broker, "KAFKA_DEFAULT_REPLICATION_FACTOR", "3");
            expect(problems, broker, "KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR", "3");
            expect(problems, broker, "KAFKA_ADVERTISED_LISTENERS", "PLAINTEXT://" + broker.name() + ":9092");
        }
        if (voters.size() != 3) {
            problems.add("The brokers' KAFKA_NODE_IDs are not distinct: " + voters);
        }
        if (clusterIds.size() != 1) {
            problems.add("The brokers do not share one CLUSTER_ID: " + clusterIds);
        }
        for (Service broker : brokers) {
            var named = new TreeSet<>(Arrays.asList(broker.environment()
                    .getOrDefault("KAFKA_CONTROLLER_QUORUM_VOTERS", "")
                    .split(",")));
            if (!named.equals(voters)) {
                problems.add(broker.name() + "'s KAFKA_CONTROLLER_QUORUM_VOTERS is " + named + ", expected " + voters);
            }
        }
        for (Service service : compose.services().values()) {
            var environment = service.environment();
            String servers = environment.get("SPRING_KAFKA_BOOTSTRAP_SERVERS");
            if (servers != null && !new TreeSet<>(Arrays.asList(servers.split(","))).equals(bootstrap)) {
                problems.add(service.name() + "'s SPRING_KAFKA_BOOTSTRAP_SERVERS is " + servers + ", expected all of "
                        + bootstrap);
            }
            if (servers != null && !"3".equals(environment.get("PRESSLINE_KAFKA_REPLICATION_FACTOR"))) {
                problems.add(service.name() + " uses Kafka but does not set PRESSLINE_KAFKA_REPLICATION_FACTOR=3");
            }
        }
        return problems;
    }

    private static void expect(List<String> problems, Service service, String variable, String expected) {
        String actual = service.environment().get(variable);
        if (!expected.equals(actual)) {
            problems.add(service.name() + " sets " + variable + "=" + actual + ", expected " + expected);
        }
    }

    /**
     * The analysis plugin is a stable plugin built for one Elasticsearch version: the image must unpack the
     * distribution of that version, which the deploy module copies from Maven Central into its build output.
     */
    List<String> elasticsearchRunsThePluginsVersion() {
        var problems = new ArrayList<String>();
        var searchEngines = compose.services().values().stream()
                .filter(service -> service.build()
                        .map(build -> String.valueOf(build.get("dockerfile")).contains("elasticsearch"))
                        .orElse(false))
                .toList();
        if (searchEngines.size() != 1) {
            return List.of(
                    "Expected one service built from an elasticsearch Dockerfile, found " + searchEngines.size());
        }
        var build = searchEngines.getFirst().build().orElseThrow();
        Path context = compose.directory()
                .resolve(String.valueOf(build.get("context")))
                .normalize();
        var recipe = readRecipe(context, context.resolve(String.valueOf(build.get("dockerfile"))));
        var copied = recipe.copiedSources(Map.of());
        if (!copied.contains(ELASTICSEARCH_DISTRIBUTION)) {
            problems.add("The Elasticsearch Dockerfile does not copy " + ELASTICSEARCH_DISTRIBUTION);
        }
        if (!deployPomCopiesTheDistributionOfThePluginsVersion()) {
            problems.add("deploy/pom.xml does not copy org.elasticsearch.distribution.integ-test-zip:elasticsearch:"
                    + "${elasticsearch.version} to " + ELASTICSEARCH_DISTRIBUTION + " (elasticsearch.version in pom.xml"
                    + " is " + rootPomProperty("elasticsearch.version") + ", the version the plugin is built for)");
        }
        if (!copied.contains("search-analysis-plugin/target/pressline-analysis.zip")) {
            problems.add(
                    "The Elasticsearch Dockerfile does not copy search-analysis-plugin/target/pressline-analysis.zip");
        }
        if (recipe.runCommands().stream()
                .noneMatch(command -> command.matches(
                        ".*bin/elasticsearch-plugin install --batch file:///\\S+pressline-analysis\\.zip.*"))) {
            problems.add("The Elasticsearch Dockerfile does not install the plugin with "
                    + "'bin/elasticsearch-plugin install --batch file:///...pressline-analysis.zip'");
        }
        return problems;
    }

    private static final String ELASTICSEARCH_DISTRIBUTION = "deploy/target/docker/elasticsearch.zip";

    private boolean deployPomCopiesTheDistributionOfThePluginsVersion() {
        try {
            Matcher item = Pattern.compile("<artifactItem>(.*?)</artifactItem>", Pattern.DOTALL)
                    .matcher(Files.readString(repository.resolve("deploy/pom.xml")));
            while (item.find()) {
                String text = item.group(1).replaceAll("\\s+", "");
                if (text.contains("<groupId>org.elasticsearch.distribution.integ-test-zip</groupId>")
                        && text.contains("<version>${elasticsearch.version}</version>")
                        && text.contains("<outputDirectory>${project.build.directory}/docker</outputDirectory>")
                        && text.contains("<destFileName>elasticsearch.zip</destFileName>")) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String rootPomProperty(String name) {
        try {
            Matcher matcher = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</")
                    .matcher(Files.readString(repository.resolve("pom.xml")));
            return matcher.find() ? matcher.group(1) : "(no " + name + " in pom.xml)";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> networksAndVolumesAreDeclared() {
        var problems = new ArrayList<String>();
        var networks = compose.declared("networks");
        var volumes = compose.declared("volumes");
        for (Service service : compose.services().values()) {
            service.networks().stream()
                    .filter(network -> !networks.contains(network))
                    .forEach(network -> problems.add(
                            service.name() + " joins network " + network + ", which the file does not declare"));
            service.mounts().stream()
                    .filter(mount -> !mount.bind() && mount.source() != null)
                    .filter(mount -> !volumes.contains(mount.source()))
                    .forEach(mount -> problems.add(
                            service.name() + " mounts volume " + mount.source() + ", which the file does not declare"));
        }
        return problems;
    }

    /** {@code .env.example} lists exactly the variables the file interpolates, and each has a default there. */
    List<String> envExampleListsEveryVariable(String envExample) {
        var problems = new ArrayList<String>();
        var listed = envExample
                .lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(line -> line.split("=", 2)[0])
                .collect(Collectors.toCollection(TreeSet::new));
        compose.variables().forEach((variable, withDefault) -> {
            if (!listed.contains(variable)) {
                problems.add(variable + " is used in compose.yaml but not listed in .env.example");
            }
            if (!withDefault) {
                problems.add(variable + " has no default in compose.yaml (write ${" + variable + ":-default}, or ${"
                        + variable + ":?why it must be set} for a secret)");
            }
        });
        listed.stream()
                .filter(variable -> !compose.variables().containsKey(variable))
                .forEach(variable ->
                        problems.add(variable + " is listed in .env.example but compose.yaml does not use it"));
        return problems;
    }

    static Optional<Long> bytes(String size) {
        Matcher matcher = Pattern.compile("(?i)^(\\d+)\\s*([kmg]?)b?$").matcher(size.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        long unit = switch (matcher.group(2).toLowerCase(Locale.ROOT)) {
            case "k" -> 1L << 10;
            case "m" -> 1L << 20;
            case "g" -> 1L << 30;
            default -> 1L;
        };
        return Optional.of(Long.parseLong(matcher.group(1)) * unit);
    }
}
