package dk.pressline.testsupport.servers;

import java.sql.DriverManager;
import java.sql.SQLException;

/** A reachable PostgreSQL server on which tests may create databases. */
public record PostgresEndpoint(String host, int port, String username, String password) {

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    public void createDatabase(String database) {
        if (!database.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("Not a plain database name: " + database);
        }
        try (var connection = DriverManager.getConnection(jdbcUrl("postgres"), username, password);
                var statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + database + " on " + jdbcUrl(""), e);
        }
    }
}
