package dk.pressline.auth.person;

import dk.pressline.auth.AuthProperties;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored people, found by username whatever its case, and their record of failed sign-ins. */
@Repository
public class People {

    private final JdbcClient jdbc;

    People(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Usernames are e-mail addresses, compared without regard to case. */
    public static String normalised(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    public Optional<Person> find(String username) {
        return jdbc.sql("SELECT * FROM people WHERE username = :username")
                .param("username", normalised(username))
                .query(People::person)
                .optional();
    }

    public boolean exists(String username) {
        return jdbc.sql("SELECT count(*) FROM people WHERE username = :username")
                        .param("username", normalised(username))
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** Stores a new person unless one of that username already is; returns whether it did. */
    public boolean addUnlessStored(
            String username, String name, String passwordHash, List<String> roles, Optional<String> advertiserId) {
        return jdbc.sql("""
                INSERT INTO people (username, display_name, password_hash, roles, advertiser_id)
                VALUES (:username, :name, :passwordHash, :roles, :advertiserId)
                ON CONFLICT (username) DO NOTHING
                """)
                        .param("username", normalised(username))
                        .param("name", name)
                        .param("passwordHash", passwordHash)
                        .param("roles", roles.toArray(String[]::new))
                        .param("advertiserId", advertiserId.orElse(null))
                        .update()
                == 1;
    }

    /**
     * Counts one more failure in a row; the one that reaches the limit locks the account and starts the count again.
     *
     * @return until when the account is now locked, if this failure locked it
     */
    public Optional<Instant> recordFailure(String username, Instant now, AuthProperties.SignIn policy) {
        Instant lockedUntil = now.plus(policy.lockDuration());
        return jdbc.sql("""
                UPDATE people
                SET failed_attempts = CASE WHEN failed_attempts + 1 >= :limit THEN 0 ELSE failed_attempts + 1 END,
                    locked_until = CASE WHEN failed_attempts + 1 >= :limit THEN :lockedUntil ELSE locked_until END
                WHERE username = :username
                RETURNING locked_until
                """)
                .param("username", normalised(username))
                .param("limit", policy.maxFailedAttempts())
                .param("lockedUntil", Timestamp.from(lockedUntil))
                .query((row, number) -> Optional.ofNullable(row.getTimestamp("locked_until")))
                .optional()
                .flatMap(stored -> stored.map(Timestamp::toInstant))
                .filter(now::isBefore);
    }

    public void recordSuccess(String username) {
        jdbc.sql("UPDATE people SET failed_attempts = 0, locked_until = NULL WHERE username = :username")
                .param("username", normalised(username))
                .update();
    }

    private static Person person(ResultSet row, int number) throws SQLException {
        return new Person(
                row.getString("username"),
                row.getString("display_name"),
                row.getString("password_hash"),
                Arrays.asList((String[]) row.getArray("roles").getArray()),
                Optional.ofNullable(row.getString("advertiser_id")),
                row.getBoolean("enabled"),
                row.getInt("failed_attempts"),
                Optional.ofNullable(row.getTimestamp("locked_until")).map(Timestamp::toInstant));
    }
}
