package dk.pressline.website.config;

import dk.pressline.website.web.DanishErrorReportValve;
import java.net.http.HttpClient;
import java.time.Clock;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * The clients of the two services the pages read, the security headers every response carries, and the Danish page for
 * a request Tomcat refuses before Spring sees it.
 */
@Configuration(proxyBeanMethods = false)
class WebsiteConfiguration {

    @Bean
    Upstreams upstreams(RestClient.Builder builder, WebsiteProperties properties) {
        var http = HttpClient.newBuilder()
                .connectTimeout(properties.connectTimeout())
                // An old article slug answers 301: the page redirects the reader, so the client must not follow it.
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        var requests = new JdkClientHttpRequestFactory(http);
        requests.setReadTimeout(properties.readTimeout());
        return new Upstreams(
                builder.clone().requestFactory(requests).baseUrl(properties.searchService().toString()).build(),
                builder.clone().requestFactory(requests).baseUrl(properties.notificationService().toString()).build());
    }

    @Bean
    FilterRegistrationBean<SecurityHeadersFilter> securityHeaders() {
        return new FilterRegistrationBean<>(new SecurityHeadersFilter());
    }

    /**
     * Replaces the host's error report valve, Boot's included, with {@link DanishErrorReportValve}. The host adds a
     * valve of {@code errorReportValveClass} when it starts unless it finds one of exactly that class.
     */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> danishErrorReportValve() {
        return factory -> factory.addContextCustomizers(context -> {
            var host = (StandardHost) context.getParent();
            for (var valve : host.getPipeline().getValves()) {
                if (valve instanceof ErrorReportValve) {
                    host.getPipeline().removeValve(valve);
                }
            }
            host.setErrorReportValveClass(DanishErrorReportValve.class.getName());
            host.getPipeline().addValve(new DanishErrorReportValve());
        });
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
