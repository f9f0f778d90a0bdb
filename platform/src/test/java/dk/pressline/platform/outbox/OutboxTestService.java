package dk.pressline.platform.outbox;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A service with a PostgreSQL database, Kafka and the platform. Boot's JDBC and Flyway auto-configuration stay off the
 * platform's class path (every other platform test would then need a database), so this builds the DataSource and
 * migrates {@code spring.flyway.locations} the way they would, from the same properties.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
class OutboxTestService {

    @Bean(destroyMethod = "close")
    HikariDataSource dataSource(Environment environment) {
        return pool(environment);
    }

    @Bean(initMethod = "migrate")
    Flyway flyway(DataSource dataSource, @Value("${spring.flyway.locations}") String[] locations) {
        return Flyway.configure().dataSource(dataSource).locations(locations).load();
    }

    @Bean
    DataSourceTransactionManager transactionManager(DataSource dataSource) {
        return new DataSourceTransactionManager(dataSource);
    }

    @Bean
    TransactionTemplate transactionTemplate(PlatformTransactionManager transactionManager) {
        return new TransactionTemplate(transactionManager);
    }

    /** A connection pool of its own on the service's database, as a second instance of the service would have. */
    static HikariDataSource pool(Environment environment) {
        return pool(environment.getRequiredProperty("spring.datasource.url"), environment);
    }

    static HikariDataSource pool(String jdbcUrl, Environment environment) {
        var dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(jdbcUrl);
        dataSource.setUsername(environment.getRequiredProperty("spring.datasource.username"));
        dataSource.setPassword(environment.getProperty("spring.datasource.password"));
        return dataSource;
    }
}
