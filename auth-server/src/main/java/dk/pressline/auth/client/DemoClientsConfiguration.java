package dk.pressline.auth.client;

import dk.pressline.auth.AuthProperties;
import dk.pressline.auth.AuthProperties.DemoUser;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

/** Registers every demo user as a confidential client that gets its token through the client_credentials grant. */
@Configuration(proxyBeanMethods = false)
class DemoClientsConfiguration {

    @Bean
    RegisteredClientRepository registeredClientRepository(AuthProperties properties) {
        TokenSettings tokenSettings = TokenSettings.builder()
                .accessTokenTimeToLive(properties.accessTokenTimeToLive())
                .build();
        return new InMemoryRegisteredClientRepository(properties.demoUsers().stream()
                .map(user -> asClient(user, tokenSettings))
                .toList());
    }

    private static RegisteredClient asClient(DemoUser user, TokenSettings tokenSettings) {
        return RegisteredClient.withId(user.id())
                .clientId(user.id())
                .clientSecret(user.secret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .tokenSettings(tokenSettings)
                .build();
    }
}
