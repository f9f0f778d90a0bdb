package dk.pressline.gateway.errors;

import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A failed call to a service becomes a 502, 503 or 504 ({@link UpstreamFailures}), which {@link GatewayErrorController}
 * answers like every other error the gateway meets; {@link ReaderErrorReportValve} answers what Tomcat refuses before
 * Spring sees it the same way.
 */
@Configuration(proxyBeanMethods = false)
class ErrorResponsesConfiguration {

    @Bean
    UpstreamFailures upstreamFailures() {
        return new UpstreamFailures();
    }

    /**
     * Replaces the host's error report valve, Boot's included, with {@link ReaderErrorReportValve}. The host adds a
     * valve of {@code errorReportValveClass} when it starts unless it finds one of exactly that class.
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> readerErrorReportValve() {
        return factory -> factory.addContextCustomizers(context -> {
            var host = (StandardHost) context.getParent();
            for (var valve : host.getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve) {
                    host.getPipeline().removeValve(valve);
                }
            }
            host.setErrorReportValveClass(ReaderErrorReportValve.class.getName());
            host.getPipeline().addValve(new ReaderErrorReportValve());
        });
    }
}
