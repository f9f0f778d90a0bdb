package dk.pressline.errorpages;

import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;

/** Every servlet app with this module on its class path answers what its Tomcat refuses with {@link ErrorResponses}. */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class ReaderErrorPagesAutoConfiguration {

    /**
     * Replaces the host's error report valve, Boot's included, with {@link ReaderErrorReportValve}. The host adds a
     * valve of {@code errorReportValveClass} when it starts unless it finds one of exactly that class. Unordered, this
     * customizer runs after Boot's, so Boot's valve is already there to be removed.
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
