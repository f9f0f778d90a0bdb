package dk.pressline.auth.client;

import dk.pressline.auth.AuthProperties;
import dk.pressline.auth.AuthProperties.DemoUser;
import dk.pressline.auth.AuthProperties.Portal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

/**
 * Registers every demo user as a confidential client that gets its token through the client_credentials grant, and
 * the portal, where people sign in, as an OpenID Connect client using the authorization code with PKCE.
 */
@Configuration(proxyBeanMethods = false)
class DemoClientsConfiguration {

    @Bean
    RegisteredClientRepository registeredClientRepository(AuthProperties properties, PasswordEncoder passwordEncoder) {
        TokenSettings tokenSettings = TokenSettings.builder()
                .accessTokenTimeToLive(properties.accessTokenTimeToLive())
                .build();
        List<RegisteredClient> clients = new ArrayList<>(properties.demoUsers().stream()
                .map(user -> asClient(user, tokenSettings))
                .toList());
        clients.add(portal(properties.portal(), passwordEncoder, tokenSettings));
        return new InMemoryRegisteredClientRepository(clients);
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

    private static RegisteredClient portal(
            Portal portal, PasswordEncoder passwordEncoder, TokenSettings tokenSettings) {
        if (portal.clientSecret() == null || portal.clientSecret().isBlank()) {
            throw new IllegalStateException("pressline.auth.portal.client-secret is not set");
        }
        return RegisteredClient.withId(portal.clientId())
                .clientId(portal.clientId())
                .clientSecret(passwordEncoder.encode(portal.clientSecret()))
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                .redirectUris(uris -> uris.addAll(portal.redirectUris()))
                .postLogoutRedirectUris(uris -> uris.addAll(portal.postLogoutRedirectUris()))
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder()
                        .requireProofKey(true)
                        .requireAuthorizationConsent(false)
                        .build())
                .tokenSettings(tokenSettings)
                .build();
    }
}
