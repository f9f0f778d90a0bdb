package dk.pressline.portal.config;

import java.net.http.HttpClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.web.client.RestClient;

/** sponsor-service's client: every call carries the signed-in person's access token, with the configured timeouts. */
@Configuration(proxyBeanMethods = false)
class SponsorServiceConfiguration {

    @Bean
    SponsorService sponsorService(
            RestClient.Builder builder, PortalProperties properties, OAuth2AuthorizedClientManager authorizedClients) {
        var http = HttpClient.newBuilder()
                .connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        var requests = new JdkClientHttpRequestFactory(http);
        requests.setReadTimeout(properties.readTimeout());
        var personsToken = new OAuth2ClientHttpRequestInterceptor(authorizedClients);
        personsToken.setClientRegistrationIdResolver(request -> PortalSecurityConfiguration.REGISTRATION);
        return new SponsorService(builder.clone()
                .requestFactory(requests)
                .baseUrl(properties.sponsorService().toString())
                .requestInterceptor(personsToken)
                .build());
    }
}
