package dk.pressline.servers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostgresServerTests {

    @Test
    void createsADatabaseAndAnswersQueriesOverJdbc() throws SQLException {
        try (PostgresServer server = PostgresServer.start(null, 0)) {
            server.createDatabaseIfMissing("articles");
            server.createDatabaseIfMissing("articles");

            try (Connection connection = connect(server, "articles");
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE article (id int PRIMARY KEY, headline text)");
                statement.execute("INSERT INTO article VALUES (1, 'Havnebadet åbner igen')");

                assertThat(headlines(statement)).isEqualTo("Havnebadet åbner igen");
            }
        }
    }

    @Test
    void keepsItsDataInAPersistentDirectoryAcrossRestartsOnAFixedPort(@TempDir Path dataDirectory) throws SQLException {
        int port = FreePorts.pick();
        try (PostgresServer first = PostgresServer.start(dataDirectory, port)) {
            first.createDatabaseIfMissing("sponsors");
            try (Connection connection = connect(first, "sponsors");
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE article (id int PRIMARY KEY, headline text)");
                statement.execute("INSERT INTO article VALUES (1, 'Overlevede genstarten')");
            }
        }

        try (PostgresServer second = PostgresServer.start(dataDirectory, port);
                Connection connection = connect(second, "sponsors");
                Statement statement = connection.createStatement()) {
            assertThat(second.jdbcUrl("sponsors")).isEqualTo("jdbc:postgresql://127.0.0.1:" + port + "/sponsors");
            assertThat(headlines(statement)).isEqualTo("Overlevede genstarten");
        }
    }

    private static Connection connect(PostgresServer server, String database) throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl(database), server.username(), server.password());
    }

    private static String headlines(Statement statement) throws SQLException {
        try (ResultSet result = statement.executeQuery("SELECT string_agg(headline, ',') FROM article")) {
            result.next();
            return result.getString(1);
        }
    }

    @Test
    void startsOnItsDataDirectoryAfterTheJvmThatRanItWasKilled(@TempDir Path dataDirectory) throws Exception {
        int port = FreePorts.pick();
        String java = ProcessHandle.current().info().command().orElse("java");
        Process killed = new ProcessBuilder(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        KilledLauncher.class.getName(),
                        dataDirectory.toString(),
                        Integer.toString(port))
                .redirectErrorStream(true)
                .start();
        try (var output = new BufferedReader(new InputStreamReader(killed.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = output.readLine()) != null && !line.equals(KilledLauncher.READY)) {
                // its log
            }
            assertThat(line).as("the first server started").isEqualTo(KilledLauncher.READY);
            killed.destroyForcibly();
            killed.waitFor();
        } finally {
            killed.destroyForcibly();
        }

        long leftBehind = postmasterPid(dataDirectory);
        assertThat(ProcessHandle.of(leftBehind).map(ProcessHandle::isAlive))
                .as("the server outlived its JVM")
                .contains(true);

        try (PostgresServer again = PostgresServer.start(dataDirectory, port);
                Connection connection = connect(again, "sponsors");
                Statement statement = connection.createStatement()) {
            assertThat(ProcessHandle.of(leftBehind).map(ProcessHandle::isAlive))
                    .as("the server left behind")
                    .isNotEqualTo(Optional.of(true));
            assertThat(postmasterPid(dataDirectory)).isNotEqualTo(leftBehind);
            assertThat(headlines(statement)).isEqualTo("Overlevede et kill -9");
        }
    }

    private static long postmasterPid(Path dataDirectory) throws IOException {
        return Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid"))
                .getFirst()
                .strip());
    }

    /** A JVM that starts PostgreSQL on a directory, writes a row, says so, and waits to be killed. */
    static final class KilledLauncher {
        static final String READY = "ready";

        public static void main(String[] args) throws Exception {
            PostgresServer server = PostgresServer.start(Path.of(args[0]), Integer.parseInt(args[1]));
            server.createDatabaseIfMissing("sponsors");
            try (Connection connection = connect(server, "sponsors");
                    Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE article (id int PRIMARY KEY, headline text)");
                statement.execute("INSERT INTO article VALUES (1, 'Overlevede et kill -9')");
            }
            System.out.println(READY);
            System.out.flush();
            Thread.sleep(Duration.ofMinutes(10));
        }
    }
}
