package dk.pressline.servers;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A real PostgreSQL server from the zonky binaries on Maven Central; trusts every local connection. */
public final class PostgresServer implements RunningServer {

    private static final Logger log = LoggerFactory.getLogger(PostgresServer.class);
    private static final String SUPERUSER = "postgres";
    private static final String DUPLICATE_DATABASE = "42P04";
    private static final String UNIQUE_VIOLATION = "23505";

    private final EmbeddedPostgres postgres;
    private final AtomicBoolean closed = new AtomicBoolean();

    private PostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * Starts PostgreSQL.
     *
     * @param dataDirectory the cluster directory, initialised on first use and kept; {@code null} for a temporary one
     *     deleted on close
     * @param port the port; 0 for any free port
     */
    public static PostgresServer start(Path dataDirectory, int port) {
        long started = System.nanoTime();
        EmbeddedPostgres.Builder builder =
                EmbeddedPostgres.builder().setPort(port).setPGStartupWait(Duration.ofSeconds(60));
        if (dataDirectory != null) {
            stopLeftBehind(dataDirectory.toAbsolutePath());
            builder.setDataDirectory(Directories.create(dataDirectory.toAbsolutePath()))
                    .setCleanDataDirectory(false);
        }
        try {
            PostgresServer server = new PostgresServer(builder.start());
            log.info(
                    "PostgreSQL ready on port {} in {} ms{}",
                    server.port(),
                    Duration.ofNanos(System.nanoTime() - started).toMillis(),
                    dataDirectory == null ? "" : " (data in " + dataDirectory + ")");
            return server;
        } catch (IOException | RuntimeException e) {
            throw new ServerStartException("PostgreSQL did not start: " + e.getMessage(), e);
        }
    }

    /**
     * Stops a server a previous run left on the data directory: pg_ctl detaches PostgreSQL from the JVM that started
     * it, so when that JVM is killed (SIGKILL runs no shutdown hook) the server lives on, holding the directory and
     * the port. Only a live process named postgres under the pid its lock file names is stopped.
     */
    public static void stopLeftBehind(Path dataDirectory) {
        Path lockFile = dataDirectory.resolve("postmaster.pid");
        long pid;
        try {
            pid = Long.parseLong(Files.readAllLines(lockFile).getFirst().strip());
        } catch (IOException | RuntimeException noServer) {
            return;
        }
        ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(server -> server.info()
                        .command()
                        .map(command -> command.endsWith("/postgres"))
                        .orElse(false))
                .ifPresent(server -> {
                    log.warn("Stopping the PostgreSQL (pid {}) a previous run left on {}", pid, dataDirectory);
                    server.destroy();
                    try {
                        server.onExit().get(30, TimeUnit.SECONDS);
                    } catch (TimeoutException | ExecutionException e) {
                        server.destroyForcibly();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + database;
    }

    public String username() {
        return SUPERUSER;
    }

    /** Any password works (trust authentication); this one is for clients that insist on one. */
    public String password() {
        return SUPERUSER;
    }

    public void createDatabaseIfMissing(String database) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), username(), password())) {
            if (exists(connection, database)) {
                return;
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("CREATE DATABASE " + quoted(database));
                log.info("Created database {}", database);
            }
        } catch (SQLException e) {
            if (DUPLICATE_DATABASE.equals(e.getSQLState()) || UNIQUE_VIOLATION.equals(e.getSQLState())) {
                return;
            }
            throw new IllegalStateException("Cannot create database " + database, e);
        }
    }

    private static boolean exists(Connection connection, String database) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            query.setString(1, database);
            try (ResultSet result = query.executeQuery()) {
                return result.next();
            }
        }
    }

    private static String quoted(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            postgres.close();
            log.info("PostgreSQL on port {} stopped", port());
        } catch (IOException e) {
            log.warn("PostgreSQL on port {} did not stop cleanly", port(), e);
        }
    }
}
