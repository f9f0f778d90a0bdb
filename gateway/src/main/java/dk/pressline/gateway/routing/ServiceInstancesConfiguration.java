package dk.pressline.gateway.routing;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.cloud.client.discovery.simple.InstanceProperties;
import org.springframework.cloud.gateway.server.mvc.filter.SimpleFilterSupplier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;

/**
 * Each service's instances are the URLs in its {@code pressline.gateway.<service>}, one or several separated by
 * commas: {@code application.yml} hands them to Spring Cloud's simple discovery client, whose instances the routes'
 * {@code lb://<service>} balance over, each route's reads moving on to the next instance when one is down
 * ({@link InstanceFailover}).
 */
@Configuration(proxyBeanMethods = false)
class ServiceInstancesConfiguration {

    @Bean
    @ConfigurationPropertiesBinding
    static InstanceAtUrl instanceAtUrl() {
        return new InstanceAtUrl();
    }

    @Bean
    SimpleFilterSupplier instanceFailoverFilters() {
        return new SimpleFilterSupplier(InstanceFailover.class);
    }

    /** One URL, {@code http://search-service:8083}, as an instance of the service it is listed under. */
    static class InstanceAtUrl implements Converter<String, InstanceProperties> {

        @Override
        public InstanceProperties convert(String url) {
            var instance = new InstanceProperties();
            instance.setUri(URI.create(url.strip()));
            return instance;
        }
    }
}
