package dk.pressline.gateway.errors;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A failed call to a service becomes a 502, 503 or 504 ({@link UpstreamFailures}), which {@link GatewayErrorController}
 * answers like every other error the gateway meets; what Tomcat refuses before Spring sees it is answered the same way
 * by reader-error-pages' valve.
 */
@Configuration(proxyBeanMethods = false)
class ErrorResponsesConfiguration {

    @Bean
    UpstreamFailures upstreamFailures() {
        return new UpstreamFailures();
    }
}
