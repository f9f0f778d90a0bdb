package dk.pressline.article;

import static org.assertj.core.api.Assertions.assertThat;

import dk.pressline.article.editing.ArticleEditing;
import dk.pressline.article.editing.ArticleFilter;
import dk.pressline.platform.web.PageQuery;
import dk.pressline.testsupport.RealServers;
import dk.pressline.testsupport.Server;
import dk.pressline.testsupport.security.AcceptsTestTokens;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/** A page of the editors' article list is read with a few statements, not several for every article on it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AcceptsTestTokens
@RealServers({Server.KAFKA, Server.POSTGRES})
@Import(ArticleListingTests.StatementCounting.class)
class ArticleListingTests {

    @LocalServerPort
    int port;

    @Autowired
    ArticleEditing editing;

    @Test
    void aPageIsReadWithTheSameFewStatementsWhateverItsSizeAndHoldsWhatEachArticleReadAloneHolds() {
        var newsroom = Newsroom.at(port);
        var word = "listetest" + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 20; i++) {
            var id = newsroom.create(word + " nummer " + i).json().path("id").asString();
            if (i % 3 == 0) {
                newsroom.act(id, "submit");
                newsroom.act(id, "publish");
                newsroom.act(id, "correct", """
                        {"note": "Rettelse %d."}""".formatted(i));
            }
        }
        var filter = new ArticleFilter(null, null, null, null, null, word);

        var small = StatementCounting.count(() -> editing.list(filter, new PageQuery(0, 5)));
        var page = StatementCounting.count(() -> editing.list(filter, new PageQuery(0, 20)));

        assertThat(page.value().items()).hasSize(20);
        assertThat(page.statements()).isEqualTo(small.statements()).isLessThanOrEqualTo(5);
        assertThat(page.value().items())
                .allSatisfy(article -> assertThat(article).isEqualTo(editing.get(article.id())));
        assertThat(page.value().items())
                .filteredOn(article -> !article.corrections().isEmpty())
                .hasSize(7);
    }

    /** Counts the statements the test's own thread prepares while {@link #count} runs. */
    @TestConfiguration(proxyBeanMethods = false)
    static class StatementCounting {

        private static final Set<String> STATEMENTS = Set.of("prepareStatement", "createStatement", "prepareCall");
        private static final ThreadLocal<AtomicInteger> counted = new ThreadLocal<>();

        record Counted<T>(T value, int statements) {}

        static <T> Counted<T> count(Supplier<T> work) {
            var statements = new AtomicInteger();
            counted.set(statements);
            try {
                return new Counted<>(work.get(), statements.get());
            } finally {
                counted.remove();
            }
        }

        @Bean
        static BeanPostProcessor countingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    return bean instanceof DataSource dataSource ? new CountingDataSource(dataSource) : bean;
                }
            };
        }

        private static final class CountingDataSource extends DelegatingDataSource {

            CountingDataSource(DataSource target) {
                super(target);
            }

            @Override
            public Connection getConnection() throws SQLException {
                var connection = super.getConnection();
                return (Connection) Proxy.newProxyInstance(
                        Connection.class.getClassLoader(),
                        new Class<?>[] {Connection.class},
                        (proxy, method, arguments) -> {
                            var statements = counted.get();
                            if (statements != null && STATEMENTS.contains(method.getName())) {
                                statements.incrementAndGet();
                            }
                            try {
                                return method.invoke(connection, arguments);
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                        });
            }
        }
    }
}
