package dk.pressline.testsupport;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.MergedContextConfiguration;

/** Points one application context at the shared real servers, under names of its own. */
final class RealServersContextCustomizer implements ContextCustomizer {

    static final String ISOLATION_ID_PROPERTY = "pressline.test.isolation-id";

    private static final AtomicInteger contexts = new AtomicInteger();

    private final Set<Server> servers;

    RealServersContextCustomizer(Set<Server> servers) {
        this.servers = Set.copyOf(servers);
    }

    @Override
    public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration mergedConfig) {
        var isolationId = "t" + ProcessHandle.current().pid() + "c" + contexts.incrementAndGet();
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put(ISOLATION_ID_PROPERTY, isolationId);
        if (servers.contains(Server.KAFKA)) {
            properties.put("spring.kafka.bootstrap-servers", TestServers.kafka().bootstrapServers());
            properties.put("pressline.kafka.topic-prefix", isolationId + ".");
        }
        if (servers.contains(Server.POSTGRES)) {
            var postgres = TestServers.postgres();
            postgres.createDatabase(isolationId);
            properties.put("spring.datasource.url", postgres.jdbcUrl(isolationId));
            properties.put("spring.datasource.username", postgres.username());
            properties.put("spring.datasource.password", postgres.password());
        }
        if (servers.contains(Server.ELASTICSEARCH)) {
            properties.put(
                    "pressline.elasticsearch.url", TestServers.elasticsearch().url());
            properties.put("pressline.elasticsearch.index-prefix", isolationId + "-");
        }
        if (servers.contains(Server.SMTP)) {
            var mail = TestServers.mail();
            properties.put("spring.mail.host", mail.host());
            properties.put("spring.mail.port", mail.smtpPort());
        }
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource("pressline-real-servers", properties));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RealServersContextCustomizer that && servers.equals(that.servers);
    }

    @Override
    public int hashCode() {
        return Objects.hash(servers);
    }
}
