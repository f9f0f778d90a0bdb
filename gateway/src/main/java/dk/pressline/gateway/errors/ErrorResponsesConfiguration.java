package dk.pressline.gateway.errors;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A failed call to a service becomes a 502, 503 or 504 ({@link UpstreamFailures}), which {@link GatewayErrorController}
 * answers like every other error the gateway meets.
 */
@Configuration(proxyBeanMethods = false)
class ErrorResponsesConfiguration {

    @Bean
    UpstreamFailures upstreamFailures() {
        return new UpstreamFailures();
    }
}
