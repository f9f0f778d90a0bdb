package dk.pressline.deploy;

import dk.pressline.deploy.demo.DemoContent;
import dk.pressline.servers.ElasticsearchServer;
import dk.pressline.servers.ElasticsearchSettings;
import dk.pressline.servers.KafkaServer;
import dk.pressline.servers.MailServer;
import dk.pressline.servers.PostgresServer;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the whole platform on one machine: Kafka, Elasticsearch, PostgreSQL and a mail catcher started for you with
 * their data under one directory that outlives the run, then every service from its jar.
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
    /** Where every link the platform writes points: the gateway, which serves the website, the APIs and the redirect. */
    static final String SITE_URL = "http://localhost:" + GATEWAY_PORT;
    /** Where the mails' mailto: unsubscribe goes; notification-service reads it over IMAP. */
    static final String UNSUBSCRIBE_MAILBOX = "afmeld@pressline.dk";
    private static final String UNSUBSCRIBE_MAILBOX_PASSWORD = "afmeld-local";

    /** Begins the launcher's last line once everything is up; whoever waits for the platform looks for it. */
    static final String READY = "Pressline is ready.";

    private static final Logger log = LoggerFactory.getLogger(LocalPlatform.class);
    /** C1 only: seven JVMs starting at once on two cores spend a third less CPU on starting without C2. */
    private static final List<String> SERVICE_JVM_OPTIONS = List.of("-Xms64m", "-Xmx384m", "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1");

    private final Deque<AutoCloseable> running = new ArrayDeque<>();

    public static void main(String[] args) throws Exception {
        var arguments = List.of(args);
        var demo = arguments.contains("--demo");
        var positional = arguments.stream().filter(argument -> !argument.startsWith("--")).toList();
        var repository = Path.of(positional.isEmpty() ? "." : positional.getFirst()).toAbsolutePath().normalize();
        var dataDirectory = Path.of(System.getenv().getOrDefault("PRESSLINE_DATA_DIR",
                repository.resolve(".pressline").toString())).toAbsolutePath();
        var platform = new LocalPlatform();
        Runtime.getRuntime().addShutdownHook(new Thread(platform::stop, "stop-pressline"));
        try {
            platform.start(repository, dataDirectory);
            if (demo) {
                log.info("Loading the demo content");
                DemoContent.load(URI.create("http://localhost:" + GATEWAY_PORT),
                        URI.create("http://localhost:" + TOKEN_ISSUER_PORT));
            }
        }
        catch (Exception e) {
            log.error("Pressline did not start: {}", e.getMessage());
            System.exit(1);
        }
        var memory = PlatformMemory.ofThisProcessAnd(postmaster(dataDirectory.resolve("postgres")).stream().toList());
        var launcherUptime = Duration.ofMillis(ManagementFactory.getRuntimeMXBean().getUptime());
        log.info("{} Up {} s after the launcher started{}; {} of memory in its {} processes.", READY,
                launcherUptime.toSeconds(), demo ? ", demo content loaded" : "", memory.gibibytes(),
                memory.processes());
        new CountDownLatch(1).await();
    }

    void start(Path repository, Path dataDirectory) throws Exception {
        long started = System.nanoTime();
        Files.createDirectories(dataDirectory);
        log.info("Data directory: {}", dataDirectory);

        // Elasticsearch takes longest to start: it starts beside PostgreSQL and Kafka rather than after them.
        log.info("[1/4] Starting Elasticsearch on {}", ELASTICSEARCH_PORT);
        var elasticsearchStarted = CompletableFuture.supplyAsync(() -> ElasticsearchServer.start(
                ElasticsearchSettings.forLocalRun(dataDirectory.resolve("elasticsearch"), ELASTICSEARCH_PORT)
                        .withPlugin(repository.resolve("search-analysis-plugin/target/pressline-analysis.zip"))));
        log.info("[2/4] Starting PostgreSQL on {}", POSTGRES_PORT);
        var postgres = keep(PostgresServer.start(dataDirectory.resolve("postgres"), POSTGRES_PORT));
        var databases = Map.of("article-service", "article_service", "sponsor-service", "sponsor_service",
                "notification-service", "notification_service");
        databases.values().forEach(postgres::createDatabaseIfMissing);
        log.info("[3/4] Starting Kafka on {}", KAFKA_PORT);
        var kafka = keep(KafkaServer.startProcess(dataDirectory.resolve("kafka"), KAFKA_PORT,
                repository.resolve("kafka-broker/target/lib")));
        var elasticsearch = keep(awaitStart(elasticsearchStarted));
        log.info("[4/4] Starting the mail catcher on {}", SMTP_PORT);
        var mail = keep(MailServer.start(SMTP_PORT, IMAP_PORT));
        var mailbox = keep(MailViewer.start(mail.greenMail(), MAILBOX_PORT));
        mail.greenMail().setUser(UNSUBSCRIBE_MAILBOX, UNSUBSCRIBE_MAILBOX, UNSUBSCRIBE_MAILBOX_PASSWORD);

        var secrets = LocalSecrets.keptIn(dataDirectory.resolve("secrets.properties"),
                "PRESSLINE_NOTIFICATIONS_LINK_SECRET", "PRESSLINE_NOTIFICATIONS_SUPPRESSION_KEY",
                "PRESSLINE_NOTIFICATIONS_BOUNCE_SECRET");
        var tokenIssuer = "http://localhost:" + TOKEN_ISSUER_PORT;
        var services = List.of(
                new LocalService("auth-server", TOKEN_ISSUER_PORT, Map.of("PRESSLINE_AUTH_ISSUER", tokenIssuer)),
                service("article-service", 8081, kafka, Map.of(
                        "SPRING_DATASOURCE_URL", postgres.jdbcUrl(databases.get("article-service")))),
                service("sponsor-service", 8082, kafka, Map.of(
                        "SPRING_DATASOURCE_URL", postgres.jdbcUrl(databases.get("sponsor-service")))),
                service("search-service", 8083, kafka, Map.of(
                        "PRESSLINE_ELASTICSEARCH_URL", elasticsearch.httpUrl())),
                service("notification-service", 8084, kafka, withSecrets(secrets, Map.ofEntries(
                        Map.entry("SPRING_DATASOURCE_URL", postgres.jdbcUrl(databases.get("notification-service"))),
                        Map.entry("SPRING_MAIL_HOST", mail.host()),
                        Map.entry("SPRING_MAIL_PORT", Integer.toString(mail.smtpPort())),
                        Map.entry("PRESSLINE_NOTIFICATIONS_LINK_PATHS_CONFIRM", "/nyhedsbrev/bekraeft"),
                        Map.entry("PRESSLINE_NOTIFICATIONS_LINK_PATHS_PREFERENCES", "/nyhedsbrev/indstillinger"),
                        Map.entry("PRESSLINE_NOTIFICATIONS_LINK_PATHS_UNSUBSCRIBE", "/nyhedsbrev/afmeld"),
                        Map.entry("PRESSLINE_NOTIFICATIONS_UNSUBSCRIBE_BY_MAIL_HOST", mail.host()),
                        Map.entry("PRESSLINE_NOTIFICATIONS_UNSUBSCRIBE_BY_MAIL_PORT",
                                Integer.toString(mail.imapPort())),
                        Map.entry("PRESSLINE_NOTIFICATIONS_UNSUBSCRIBE_BY_MAIL_PROTOCOL", "imap"),
                        Map.entry("PRESSLINE_NOTIFICATIONS_UNSUBSCRIBE_BY_MAIL_PASSWORD", UNSUBSCRIBE_MAILBOX_PASSWORD),
                        Map.entry("PRESSLINE_NOTIFICATIONS_UNSUBSCRIBE_BY_MAIL_POLL_INTERVAL", "10s")))),
                new LocalService("website", 8085, Map.of(
                        "PRESSLINE_WEBSITE_SEARCH_SERVICE", "http://localhost:8083",
                        "PRESSLINE_WEBSITE_NOTIFICATION_SERVICE", "http://localhost:8084")),
                new LocalService("gateway", GATEWAY_PORT, Map.of()));
        var processes = new java.util.ArrayList<ServiceProcess>();
        for (var service : services) {
            var jar = repository.resolve(service.name()).resolve("target").resolve(service.name() + ".jar");
            processes.add(keep(ServiceProcess.start(service, jar, dataDirectory.resolve("logs"),
                    SERVICE_JVM_OPTIONS)));
        }
        int healthy = 0;
        for (var process : processes) {
            process.awaitHealthy(Duration.ofMinutes(5));
            log.info("[{}/{}] {} is healthy ({} s since start)", ++healthy, processes.size(), process.name(),
                    seconds(started));
        }

        log.info("""

                Pressline is running. Ctrl-C stops it; data stays in {}
                  Kafka          {}
                  Elasticsearch  {}
                  PostgreSQL     {} (user {})
                  Mail (SMTP)    {}:{}   IMAP {}:{}   sent mail: {} (JSON: /api/messages)
                  Token issuer   {}
                  Website        http://localhost:{}/  (the readers' pages, through the gateway)
                  Gateway        http://localhost:{}  (every service's API under one origin)
                  Services       {}

                Demo users (client id:secret, OAuth2 client credentials at the token issuer):
                  editor:editor-secret              EDITOR     writes and publishes articles
                  sales:sales-secret                SALES      advertisers, prices, approvals
                  advertiser:advertiser-secret      ADVERTISER for ad-nordlys
                  advertiser-2:advertiser-2-secret  ADVERTISER for ad-groenhave
                  admin:admin-secret                ADMIN      everything, index rebuilds
                A token: curl -s -u editor:editor-secret -d grant_type=client_credentials {}/oauth2/token
                """, dataDirectory, kafka.bootstrapServers(), elasticsearch.httpUrl(),
                postgres.jdbcUrl("<database>"), postgres.username(), mail.host(), mail.smtpPort(), mail.host(),
                mail.imapPort(), mailbox.url(), tokenIssuer, GATEWAY_PORT, GATEWAY_PORT,
                String.join("\n                 ", processes.stream().map(ServiceProcess::healthUrl).toList()),
                tokenIssuer);
    }

    private static <T> T awaitStart(CompletableFuture<T> server) throws Exception {
        try {
            return server.join();
        }
        catch (CompletionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    /** PostgreSQL's main process, whose pid is the first line of {@code postmaster.pid} in its data directory. */
    private static Optional<ProcessHandle> postmaster(Path postgresData) {
        try {
            return ProcessHandle.of(Long.parseLong(Files.readAllLines(postgresData.resolve("postmaster.pid")).getFirst()
                    .trim()));
        }
        catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Map<String, String> withSecrets(Map<String, String> secrets, Map<String, String> environment) {
        var all = new java.util.HashMap<>(environment);
        all.putAll(secrets);
        return all;
    }

    private static long seconds(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos).toSeconds();
    }

    private static LocalService service(String name, int port, KafkaServer kafka, Map<String, String> environment) {
        var all = new java.util.HashMap<>(environment);
        all.put("SPRING_KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        all.put("PRESSLINE_SECURITY_TOKEN_ISSUER", "http://localhost:" + TOKEN_ISSUER_PORT);
        all.put("PRESSLINE_SITE_URL", SITE_URL);
        return new LocalService(name, port, Map.copyOf(all));
    }

    private <T extends AutoCloseable> T keep(T resource) {
        running.push(resource);
        return resource;
    }

    void stop() {
        running.stream().filter(ServiceProcess.class::isInstance).map(ServiceProcess.class::cast)
                .forEach(ServiceProcess::requestStop);
        while (!running.isEmpty()) {
            try {
                running.pop().close();
            }
            catch (Exception e) {
                log.warn("Stopping {} failed: {}", e.getClass().getSimpleName(), e.getMessage());
            }
        }
    }
}
