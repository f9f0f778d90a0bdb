package dk.pressline.notification;

import dk.pressline.testsupport.TestServers;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A notification-service instance a test starts and stops itself, so it can stop one mid-work and start another on
 * the same database, topics and consumer group: what a crash and a restart look like to the service.
 */
public final class ServiceInstance implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private ServiceInstance(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** Names of their own for one test: database, topic prefix, consumer group. */
    public record Deployment(String id, Map<String, Object> properties) {

        public static Deployment fresh(String mailHost, int mailPort, Map<String, Object> overrides) {
            var id = "i" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            var postgres = TestServers.postgres();
            postgres.createDatabase(id);
            var properties = new HashMap<String, Object>(TestSecrets.asProperties());
            properties.put("spring.kafka.bootstrap-servers", TestServers.kafka().bootstrapServers());
            properties.put("pressline.kafka.topic-prefix", id + ".");
            properties.put("spring.datasource.url", postgres.jdbcUrl(id));
            properties.put("spring.datasource.username", postgres.username());
            properties.put("spring.datasource.password", postgres.password());
            properties.put("spring.mail.host", mailHost);
            properties.put("spring.mail.port", mailPort);
            properties.put("server.port", 0);
            for (var binding : new String[] {"followArticles", "followPlacements", "sendDeliveries"}) {
                properties.put("spring.cloud.stream.bindings." + binding + "-in-0.group", group(id));
            }
            properties.putAll(overrides);
            return new Deployment(id, Map.copyOf(properties));
        }

        public String group() {
            return group(id);
        }

        public String topicPrefix() {
            return id + ".";
        }

        private static String group(String id) {
            return "notification-service-" + id;
        }
    }

    public static ServiceInstance start(Deployment deployment) {
        // As command-line arguments, so they win over application.yml as a deployment's environment would.
        var arguments = deployment.properties().entrySet().stream()
                .map(property -> "--" + property.getKey() + "=" + property.getValue())
                .toArray(String[]::new);
        return new ServiceInstance(new SpringApplicationBuilder(NotificationServiceApplication.class).run(arguments));
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
