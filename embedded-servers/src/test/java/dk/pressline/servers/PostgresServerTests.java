package dk.pressline.servers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostgresServerTests {

    @Test
    void createsADatabaseAndAnswersQueriesOverJdbc() throws SQLException {
        try (PostgresServer server = PostgresServer.start(null, 0)) {
            server.createDatabaseIfMissing("articles");
            server.createDatabaseIfMissing("articles");

            try (Connection connection = connect(server, "articles"); Statement statement = connection.createStatement()) {
                statement.execute("CREATE TABLE article (id int PRIMARY KEY, headline text)");
                statement.execute("INSERT INTO article VALUES (1, 'Havnebadet åbner igen')");

                assertThat(headlines(statement)).isEqualTo("Havnebadet åbner igen");
            }
        }
    }

    @Test
    void keepsItsDataInAPersistentDirectoryAcrossRestartsOnAFixedPort(@TempDir Path dataDirectory)
            throws SQLException {
        int port = FreePorts.pick();
        try (PostgresServer first = PostgresServer.start(dataDirectory, port)) {
            first.createDatabaseIfMissing("sponsors");
            try (Connection connection = connect(first, "sponsors"); Statement statement = connection.createStatement()) {
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
}
