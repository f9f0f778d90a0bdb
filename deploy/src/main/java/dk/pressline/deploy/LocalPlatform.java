package dk.pressline.deploy;

import dk.pressline.deploy.demo.DemoContent;
import dk.pressline.servers.ElasticsearchServer;
import dk.pressline.servers.ElasticsearchSettings;
import dk.pressline.servers.KafkaCluster;
import dk.pressline.servers.KafkaServer;
import dk.pressline.servers.MailServer;
import dk.pressline.servers.PostgresServer;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the whole platform on one machine: Kafka, Elasticsearch, PostgreSQL and a mail catcher started for you with
 * their data under one directory that outlives the run, then every service from its jar, with a trace viewer (Zipkin)
 * that every service sends its spans to, and Prometheus scraping them all where the machine has it.
 *
 * <p>Arguments: the repository directory (default: the working directory), and {@code --demo} to load the demo
 * content once everything is up (again on every run; what exists is left alone). Environment:
 * {@code PRESSLINE_DATA_DIR} (default {@code <repository>/.pressline}).
 */
public final class LocalPlatform {

    static final int KAFKA_PORT = 9092;
    static final int ELASTICSEARCH_PORT = 9200;
    static final int POSTGRES_PORT = 15432;
    static final int SMTP_PORT = 3025;
    static final int IMAP_PORT = 3143;
    static final int TOKEN_ISSUER_PORT = 9000;
    static final int GATEWAY_PORT = 8080;
    static final int MAILBOX_PORT = 8025;
    /** The public-facing gateway and website answer health and metrics on a port of their own, never published. */
    static final int GATEWAY_MANAGEMENT_PORT = 9080;

    static final int WEBSITE_MANAGEMENT_PORT = 9085;
    static final int PORTAL_MANAGEMENT_PORT = 9086;
    static final int TRACE_VIEWER_PORT = 9411;
    static final int PROMETHEUS_PORT = 9090;
    /** The services that consume a topic (the event catalogue's consumers), of which a layout may run several. */
    static final Set<String> CONSUMING_SERVICES = Set.of("sponsor-service", "search-service", "notification-service");
    /** A further instance of a service listens this much above the one before it. */
    static final int INSTANCE_PORT_STEP = 100;
    /** Where the mails' mailto: unsubscribe goes; notification-service reads it over IMAP. */
    static final String UNSUBSCRIBE_MAILBOX = "afmeld@pressline.dk";

    private static final String UNSUBSCRIBE_MAILBOX_PASSWORD = "afmeld-local";

    /** Begins the launcher's last line once everything is up; whoever waits for the platform looks for it. */
    static final String READY = "Pressline is ready.";

    private static final Map<String, Integer> LOCAL_SERVICE_PORTS = Map.of(
            "article-service",
            8081,
            "sponsor-service",
            8082,
            "search-service",
            8083,
            "notification-service",
            8084,
            "website",
            8085,
            "portal",
            8086);

    private static final Logger log = LoggerFactory.getLogger(LocalPlatform.class);
    /** C1 only: seven JVMs starting at once on two cores spend a third less CPU on starting without C2. */
    private static final List<String> SERVICE_JVM_OPTIONS =
            List.of("-Xms64m", "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
    /** Zipkin keeps spans in memory, the newest this many: enough for hours of local work in a small heap. */
    private static final List<String> TRACE_VIEWER_JVM_OPTIONS =
            List.of("-Xms32m", "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    private static final String TRACE_VIEWER_MAX_SPANS = "100000";

    private final Deque<AutoCloseable> running = new ArrayDeque<>();
    private final PlatformLayout layout;
    private final Map<String, List<ServiceProcess>> instances = new LinkedHashMap<>();
    private Path dataDirectory;
    private Path repository;
    private KafkaCluster kafkaCluster;
    private ElasticsearchServer elasticsearch;
    private PostgresServer postgres;
    private MailServer mail;

    public LocalPlatform(PlatformLayout layout) {
        this.layout = layout;
    }

    public static void main(String[] args) throws Exception {
        var arguments = List.of(args);
        var demo = arguments.contains("--demo");
        var positional = arguments.stream()
                .filter(argument -> !argument.startsWith("--"))
                .toList();
        var repository = Path.of(positional.isEmpty() ? "." : positional.getFirst())
                .toAbsolutePath()
                .normalize();
        var dataDirectory = Path.of(System.getenv()
                        .getOrDefault(
                                "PRESSLINE_DATA_DIR",
                                repository.resolve(".pressline").toString()))
                .toAbsolutePath();
        var platform = new LocalPlatform(PlatformLayout.LOCAL);
        Runtime.getRuntime().addShutdownHook(new Thread(platform::stop, "stop-pressline"));
        try {
            platform.start(repository, dataDirectory);
            if (demo) {
                log.info("Loading the demo content");
                DemoContent.load(URI.create(platform.layout.siteUrl()), URI.create(platform.layout.tokenIssuer()));
            }
        } catch (Exception e) {
            log.error("Pressline did not start: {}", e.getMessage());
            System.exit(1);
        }
        var memory = PlatformMemory.ofThisProcessAnd(
                postmaster(dataDirectory.resolve("postgres")).stream().toList());
        var launcherUptime =
                Duration.ofMillis(ManagementFactory.getRuntimeMXBean().getUptime());
        log.info(
                "{} Up {} s after the launcher started{}; {} of memory in its {} processes.",
                READY,
                launcherUptime.toSeconds(),
                demo ? ", demo content loaded" : "",
                memory.gibibytes(),
                memory.processes());
        new CountDownLatch(1).await();
    }

    public void start(Path repository, Path dataDirectory) throws Exception {
        long started = System.nanoTime();
        this.repository = repository;
        this.dataDirectory = dataDirectory;
        Files.createDirectories(dataDirectory);
        log.info("Data directory: {}", dataDirectory);
        // A launcher killed with SIGKILL leaves its PostgreSQL running on the data directory and its port.
        PostgresServer.stopLeftBehind(dataDirectory.resolve("postgres").toAbsolutePath());
        requireFreePorts();

        // Elasticsearch takes longest to start: it starts beside PostgreSQL and Kafka rather than after them.
        log.info("[1/4] Starting Elasticsearch on {}", layout.port(ELASTICSEARCH_PORT));
        var elasticsearchStarted = CompletableFuture.supplyAsync(this::launchElasticsearch);
        log.info("[2/4] Starting PostgreSQL on {}", layout.port(POSTGRES_PORT));
        startPostgres();
        var databases = Map.of(
                "auth-server",
                "auth_server",
                "article-service",
                "article_service",
                "sponsor-service",
                "sponsor_service",
                "notification-service",
                "notification_service");
        databases.values().forEach(postgres::createDatabaseIfMissing);
        String kafka = startKafka();
        elasticsearch = keep(awaitStart(elasticsearchStarted));
        log.info("[4/4] Starting the mail catcher on {}", layout.port(SMTP_PORT));
        startMail();
        var mailbox = keep(MailViewer.start(mail.greenMail(), layout.port(MAILBOX_PORT)));
        var logs = dataDirectory.resolve("logs");
        var traceViewer = keep(ServiceProcess.start(
                new LocalService(
                        "zipkin",
                        layout.port(TRACE_VIEWER_PORT),
                        Map.of("STORAGE_TYPE", "mem", "MEM_MAX_SPANS", TRACE_VIEWER_MAX_SPANS)),
                repository.resolve("deploy/target/zipkin/zipkin-server.jar"),
                logs,
                TRACE_VIEWER_JVM_OPTIONS));

        var secretsFile = dataDirectory.resolve("secrets.properties");
        var secrets = LocalSecrets.keptIn(
                secretsFile,
                "PRESSLINE_NOTIFICATIONS_LINK_SECRET",
                "PRESSLINE_NOTIFICATIONS_SUPPRESSION_KEY",
                "PRESSLINE_NOTIFICATIONS_BOUNCE_SECRET");
        // Every instance keys a reader the same way, so a reader's clicks and impressions count once whichever serves.
        var sponsorSecrets = LocalSecrets.keptIn(secretsFile, "PRESSLINE_SPONSOR_INTERACTIONS_READER_KEY_SECRET");
        var searchSecrets = LocalSecrets.keptIn(secretsFile, "PRESSLINE_SEARCH_IMPRESSIONS_READER_KEY_SECRET");
        var tokenIssuer = layout.tokenIssuer();
        var services = List.of(
                new LocalService(
                        "auth-server",
                        layout.port(TOKEN_ISSUER_PORT),
                        Map.of(
                                "PRESSLINE_AUTH_ISSUER",
                                tokenIssuer,
                                "SPRING_DATASOURCE_URL",
                                postgres.jdbcUrl(databases.get("auth-server")),
                                "PRESSLINE_AUTH_PORTAL_REDIRECTURIS",
                                portalAddress() + "/login/oauth2/code/pressline",
                                "PRESSLINE_AUTH_PORTAL_POSTLOGOUTREDIRECTURIS",
                                portalAddress() + "/")),
                service(
                        "article-service",
                        kafka,
                        Map.of("SPRING_DATASOURCE_URL", postgres.jdbcUrl(databases.get("article-service")))),
                service(
                        "sponsor-service",
                        kafka,
                        withSecrets(
                                sponsorSecrets,
                                Map.of("SPRING_DATASOURCE_URL", postgres.jdbcUrl(databases.get("sponsor-service"))))),
                service(
                        "search-service",
                        kafka,
                        withSecrets(searchSecrets, Map.of("PRESSLINE_ELASTICSEARCH_URL", elasticsearch.httpUrl()))),
                service(
                        "notification-service",
                        kafka,
                        withSecrets(
                                secrets,
                                Map.ofEntries(
                                        Map.entry(
                                                "SPRING_DATASOURCE_URL",
                                                postgres.jdbcUrl(databases.get("notification-service"))),
                                        Map.entry("SPRING_MAIL_HOST", mail.host()),
                                        Map.entry("SPRING_MAIL_PORT", Integer.toString(mail.smtpPort())),
                                        Map.entry("PRESSLINE_NOTIFICATIONS_LINK_PATHS_CONFIRM", "/nyhedsbrev/bekraeft"),
                                        Map.entry(
                                                "PRESSLINE_NOTIFICATIONS_LINK_PATHS_PREFERENCES",
                                                "/nyhedsbrev/indstillinger"),
                                        Map.entry(
                                                "PRESSLINE_NOTIFICATIONS_LINK_PATHS_UNSUBSCRIBE", "/nyhedsbrev/afmeld"),
                                        Map.entry("PRESSLINE_NOTIFICATIONS_UNSUBSCRIBE_BY_MAIL_HOST", mail.host()),
                                        Map.entry(
                                                "PRESSLINE_NOTIFICATIONS_UNSUBSCRIBE_BY_MAIL_PORT",
                                                Integer.toString(mail.imapPort())),
                                        Map.entry("PRESSLINE_NOTIFICATIONS_UNSUBSCRIBE_BY_MAIL_PROTOCOL", "imap"),
                                        Map.entry(
                                                "PRESSLINE_NOTIFICATIONS_UNSUBSCRIBE_BY_MAIL_PASSWORD",
                                                UNSUBSCRIBE_MAILBOX_PASSWORD),
                                        Map.entry(
                                                "PRESSLINE_NOTIFICATIONS_UNSUBSCRIBE_BY_MAIL_POLL_INTERVAL", "10s")))),
                new LocalService(
                        "website",
                        servicePort("website"),
                        Map.of(
                                "PRESSLINE_WEBSITE_SEARCH_SERVICE",
                                "http://localhost:" + servicePort("search-service"),
                                "PRESSLINE_WEBSITE_NOTIFICATION_SERVICE",
                                "http://localhost:" + servicePort("notification-service"),
                                LocalService.MANAGEMENT_PORT,
                                Integer.toString(layout.port(WEBSITE_MANAGEMENT_PORT)))),
                new LocalService(
                        "portal",
                        servicePort("portal"),
                        Map.of(
                                "PRESSLINE_PORTAL_SPONSOR_SERVICE",
                                "http://localhost:" + servicePort("sponsor-service"),
                                "SPRING_SECURITY_OAUTH2_CLIENT_PROVIDER_PRESSLINE_ISSUER_URI",
                                tokenIssuer,
                                "PRESSLINE_PORTAL_ADDRESS",
                                portalAddress(),
                                LocalService.MANAGEMENT_PORT,
                                Integer.toString(layout.port(PORTAL_MANAGEMENT_PORT)))),
                new LocalService("gateway", layout.port(GATEWAY_PORT), gatewayRoutes()));
        var processes = new ArrayList<ServiceProcess>(List.of(traceViewer));
        for (var service : services) {
            var jar = repository.resolve(service.name()).resolve("target").resolve(service.name() + ".jar");
            int count = CONSUMING_SERVICES.contains(service.name()) ? layout.consumerInstances() : 1;
            for (int instance = 1; instance <= count; instance++) {
                var process = keep(ServiceProcess.start(
                        service.instance(instance, INSTANCE_PORT_STEP), jar, logs, SERVICE_JVM_OPTIONS));
                processes.add(process);
                instances
                        .computeIfAbsent(service.name(), name -> new ArrayList<>())
                        .add(process);
            }
        }
        var scraped = List.copyOf(processes.subList(1, processes.size()));
        var prometheus = LocalPrometheus.installed();
        if (prometheus.isPresent()) {
            processes.add(keep(LocalPrometheus.start(
                    prometheus.get(),
                    layout.port(PROMETHEUS_PORT),
                    scraped,
                    repository.resolve("deploy/prometheus/alerts.yml"),
                    dataDirectory.resolve("prometheus"),
                    logs)));
        }
        int healthy = 0;
        for (var process : processes) {
            process.awaitHealthy(Duration.ofMinutes(5));
            log.info(
                    "[{}/{}] {} is healthy ({} s since start)",
                    ++healthy,
                    processes.size(),
                    process.name(),
                    seconds(started));
        }

        log.info(
                """

                Pressline is running. Ctrl-C stops it; data stays in {}
                  Kafka          {}
                  Elasticsearch  {}
                  PostgreSQL     {} (user {})
                  Mail (SMTP)    {}:{}   IMAP {}:{}   sent mail: {} (JSON: /api/messages)
                  Token issuer   {}
                  Website        {}/  (the readers' pages, through the gateway)
                  Portal         {}/  (advertisers and sales, signed in as a demo person below)
                  Gateway        {}  (every service's API under one origin)
                  Services       {}
                  Traces         {}/zipkin/  (Zipkin; every service's spans, kept in memory while it runs)
                  Metrics        {}

                Demo users (client id:secret, OAuth2 client credentials at the token issuer):
                  editor:editor-secret              EDITOR     writes and publishes articles
                  sales:sales-secret                SALES      advertisers, prices, approvals
                  advertiser:advertiser-secret      ADVERTISER for ad-nordlys
                  advertiser-2:advertiser-2-secret  ADVERTISER for ad-groenhave
                  admin:admin-secret                ADMIN      everything, index rebuilds
                A token: curl -s -u editor:editor-secret -d grant_type=client_credentials {}/oauth2/token

                Demo people (e-mail / password, for the portal; they sign in at the token issuer):
                  mette@nordlys-energi.dk / nordlys-demo    ADVERTISER for ad-nordlys
                  jonas@groenhave.dk / groenhave-demo       ADVERTISER for ad-groenhave
                  salg@pressline.dk / salg-demo             SALES
                  redaktion@pressline.dk / redaktion-demo   EDITOR
                  admin@pressline.dk / admin-demo           ADMIN
                """,
                dataDirectory,
                kafka,
                elasticsearch.httpUrl(),
                postgres.jdbcUrl("<database>"),
                postgres.username(),
                mail.host(),
                mail.smtpPort(),
                mail.host(),
                mail.imapPort(),
                mailbox.url(),
                tokenIssuer,
                layout.siteUrl(),
                portalAddress(),
                layout.siteUrl(),
                String.join(
                        "\n                 ",
                        scraped.stream().map(ServiceProcess::healthUrl).toList()),
                traceViewer.url(),
                prometheus.isPresent()
                        ? "http://localhost:" + layout.port(PROMETHEUS_PORT)
                                + "  (Prometheus, scraping every process, with the alert rules of deploy/prometheus)"
                        : "/actuator/prometheus on each service above (install Prometheus, Debian's package "
                                + "'prometheus', and the next run starts it scraping them all)",
                tokenIssuer);
    }

    /**
     * Fails before anything starts when a port the platform listens on is taken: otherwise a service that cannot bind
     * exits, and the health check finds whatever else answers there.
     */
    private void requireFreePorts() {
        var ports = new ArrayList<Integer>();
        for (int port : List.of(
                ELASTICSEARCH_PORT,
                POSTGRES_PORT,
                SMTP_PORT,
                IMAP_PORT,
                TOKEN_ISSUER_PORT,
                GATEWAY_PORT,
                GATEWAY_MANAGEMENT_PORT,
                WEBSITE_MANAGEMENT_PORT,
                PORTAL_MANAGEMENT_PORT,
                MAILBOX_PORT,
                TRACE_VIEWER_PORT)) {
            ports.add(layout.port(port));
        }
        if (LocalPrometheus.installed().isPresent()) {
            ports.add(layout.port(PROMETHEUS_PORT));
        }
        if (layout.kafkaNodes() == 1) {
            ports.add(layout.port(KAFKA_PORT));
        }
        LOCAL_SERVICE_PORTS.forEach((service, port) -> {
            int instances = CONSUMING_SERVICES.contains(service) ? layout.consumerInstances() : 1;
            for (int instance = 0; instance < instances; instance++) {
                ports.add(layout.port(port) + instance * INSTANCE_PORT_STEP);
            }
        });
        var taken = ports.stream().filter(port -> !free(port)).sorted().toList();
        if (!taken.isEmpty()) {
            throw new IllegalStateException("port(s) " + taken + " are in use by another program (another "
                    + "./pressline run, or the compose stack: ./pressline compose down); stop it and start again");
        }
    }

    private static boolean free(int port) {
        try (var socket = new ServerSocket()) {
            // Connections of a stopped run waiting out TIME_WAIT do not hold a port; only a listener does.
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The gateway balances each service's paths over all its instances, reads going on to another when one is down. */
    /** The portal as browsers reach it: through the gateway, which forwards {@code /portal/**} unchanged. */
    private String portalAddress() {
        return layout.siteUrl() + "/portal";
    }

    private Map<String, String> gatewayRoutes() {
        var routes = new HashMap<String, String>();
        for (var service : LOCAL_SERVICE_PORTS.keySet()) {
            var setting = "PRESSLINE_GATEWAY_" + service.replace('-', '_').toUpperCase(Locale.ROOT);
            int instances = CONSUMING_SERVICES.contains(service) ? layout.consumerInstances() : 1;
            routes.put(
                    setting,
                    IntStream.range(0, instances)
                            .mapToObj(instance ->
                                    "http://localhost:" + (servicePort(service) + instance * INSTANCE_PORT_STEP))
                            .collect(Collectors.joining(",")));
        }
        routes.put(LocalService.MANAGEMENT_PORT, Integer.toString(layout.port(GATEWAY_MANAGEMENT_PORT)));
        return routes;
    }

    private String startKafka() {
        if (layout.kafkaNodes() == 1) {
            log.info("[3/4] Starting Kafka on {}", layout.port(KAFKA_PORT));
            return keep(KafkaServer.startProcess(
                            dataDirectory.resolve("kafka"), layout.port(KAFKA_PORT), brokerLibrary()))
                    .bootstrapServers();
        }
        log.info("[3/4] Starting a Kafka cluster of {} nodes", layout.kafkaNodes());
        kafkaCluster = keep(KafkaCluster.start(dataDirectory.resolve("kafka"), layout.kafkaNodes(), brokerLibrary()));
        return kafkaCluster.bootstrapServers();
    }

    private Path brokerLibrary() {
        return repository.resolve("kafka-broker/target/lib");
    }

    /** Starts Elasticsearch again on its port and data, after it was stopped. */
    public void startElasticsearch() {
        elasticsearch = keep(launchElasticsearch());
    }

    private ElasticsearchServer launchElasticsearch() {
        return ElasticsearchServer.start(ElasticsearchSettings.forLocalRun(
                        dataDirectory.resolve("elasticsearch"), layout.port(ELASTICSEARCH_PORT))
                .withPlugin(repository.resolve("search-analysis-plugin/target/pressline-analysis.zip")));
    }

    /** Starts PostgreSQL on its port and data: first by {@link #start}, then again after it was stopped. */
    public void startPostgres() {
        postgres = keep(PostgresServer.start(dataDirectory.resolve("postgres"), layout.port(POSTGRES_PORT)));
    }

    /** Starts the mail server on its ports, empty: first by {@link #start}, then again after it was stopped. */
    public void startMail() {
        mail = keep(MailServer.start(layout.port(SMTP_PORT), layout.port(IMAP_PORT)));
        mail.greenMail().setUser(UNSUBSCRIBE_MAILBOX, UNSUBSCRIBE_MAILBOX, UNSUBSCRIBE_MAILBOX_PASSWORD);
    }

    /** The Kafka cluster, in a layout of several brokers. */
    public KafkaCluster kafkaCluster() {
        return kafkaCluster;
    }

    public ElasticsearchServer elasticsearch() {
        return elasticsearch;
    }

    public PostgresServer postgres() {
        return postgres;
    }

    public MailServer mail() {
        return mail;
    }

    /** The running instances of a service, in the order of their ports. */
    public List<ServiceProcess> instances(String service) {
        return List.copyOf(instances.getOrDefault(service, List.of()));
    }

    public PlatformLayout layout() {
        return layout;
    }

    private static <T> T awaitStart(CompletableFuture<T> server) throws Exception {
        try {
            return server.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    /** PostgreSQL's main process, whose pid is the first line of {@code postmaster.pid} in its data directory. */
    private static Optional<ProcessHandle> postmaster(Path postgresData) {
        try {
            return ProcessHandle.of(Long.parseLong(Files.readAllLines(postgresData.resolve("postmaster.pid"))
                    .getFirst()
                    .trim()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Map<String, String> withSecrets(Map<String, String> secrets, Map<String, String> environment) {
        var all = new HashMap<>(environment);
        all.putAll(secrets);
        return all;
    }

    private static long seconds(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos).toSeconds();
    }

    /** The port of a service's first instance. */
    private int servicePort(String service) {
        return layout.port(LOCAL_SERVICE_PORTS.get(service));
    }

    private LocalService service(String name, String kafka, Map<String, String> environment) {
        var all = new HashMap<>(environment);
        all.put("SPRING_KAFKA_BOOTSTRAP_SERVERS", kafka);
        all.put("PRESSLINE_KAFKA_REPLICATION_FACTOR", Integer.toString(layout.kafkaNodes()));
        all.put("PRESSLINE_SECURITY_TOKEN_ISSUER", layout.tokenIssuer());
        all.put("PRESSLINE_SITE_URL", layout.siteUrl());
        all.put("MANAGEMENT_TRACING_EXPORT_ZIPKIN_ENABLED", "true");
        all.put(
                "MANAGEMENT_TRACING_EXPORT_ZIPKIN_ENDPOINT",
                "http://localhost:" + layout.port(TRACE_VIEWER_PORT) + "/api/v2/spans");
        all.putAll(layout.settings());
        return new LocalService(name, servicePort(name), Map.copyOf(all));
    }

    /** Keeps a resource to close when the platform stops; a server started again after a fault is kept again. */
    private <T extends AutoCloseable> T keep(T resource) {
        running.push(resource);
        return resource;
    }

    public void stop() {
        running.stream()
                .filter(ServiceProcess.class::isInstance)
                .map(ServiceProcess.class::cast)
                .forEach(ServiceProcess::requestStop);
        while (!running.isEmpty()) {
            try {
                running.pop().close();
            } catch (Exception e) {
                log.warn("Stopping {} failed: {}", e.getClass().getSimpleName(), e.getMessage());
            }
        }
    }
}
