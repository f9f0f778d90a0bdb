package dk.pressline.website.config;

import java.net.http.HttpClient;
import java.time.Clock;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/** The clients of the two services the pages read, and the security headers every response carries. */
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
                builder.clone()
                        .requestFactory(requests)
                        .baseUrl(properties.searchService().toString())
                        .requestInterceptor(new ReaderPassedOn())
                        .build(),
                builder.clone()
                        .requestFactory(requests)
                        .baseUrl(properties.notificationService().toString())
                        .build());
    }

    @Bean
    FilterRegistrationBean<SecurityHeadersFilter> securityHeaders() {
        return new FilterRegistrationBean<>(new SecurityHeadersFilter());
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
