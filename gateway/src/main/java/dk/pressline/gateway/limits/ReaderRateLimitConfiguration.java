package dk.pressline.gateway.limits;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.cloud.gateway.server.mvc.filter.TrustedProxies;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;

/** The per-client limit on anonymous requests, ahead of every route. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReaderRateLimitProperties.class)
class ReaderRateLimitConfiguration {

    @Bean
    FilterRegistrationBean<ReaderRateLimit> readerRateLimit(
            ReaderRateLimitProperties properties, Environment environment) {
        var trustedProxies = TrustedProxies.from(environment.getProperty(TrustedProxies.PROPERTY, "none"));
        var registration = new FilterRegistrationBean<>(new ReaderRateLimit(properties, trustedProxies));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
