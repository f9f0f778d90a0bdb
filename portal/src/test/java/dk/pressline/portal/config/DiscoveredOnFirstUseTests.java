package dk.pressline.portal.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;

/** The issuer is asked for its discovery document on first use, again after a failure, and not after a success. */
class DiscoveredOnFirstUseTests {

    private final AtomicInteger discoveries = new AtomicInteger();

    @Test
    void asksTheIssuerOnlyWhenARegistrationIsFirstNeeded() {
        var registrations = new DiscoveredOnFirstUse(this::discovered);
        assertThat(discoveries).hasValue(0);

        assertThat(registrations.findByRegistrationId("pressline").getClientId())
                .isEqualTo("portal");
        assertThat(registrations.findByRegistrationId("pressline")).isNotNull();
        assertThat(registrations.findByRegistrationId("other")).isNull();

        assertThat(discoveries).hasValue(1);
    }

    @Test
    void triesAgainAfterTheIssuerWasUnreachable() {
        var registrations = new DiscoveredOnFirstUse(() -> {
            if (discoveries.getAndIncrement() == 0) {
                throw new IllegalArgumentException("Unable to resolve the Configuration with the provided Issuer");
            }
            return discovered();
        });

        assertThatThrownBy(() -> registrations.findByRegistrationId("pressline"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(registrations.findByRegistrationId("pressline")).isNotNull();
    }

    private Map<String, ClientRegistration> discovered() {
        discoveries.incrementAndGet();
        return Map.of(
                "pressline",
                ClientRegistration.withRegistrationId("pressline")
                        .clientId("portal")
                        .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                        .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                        .authorizationUri("http://issuer/oauth2/authorize")
                        .tokenUri("http://issuer/oauth2/token")
                        .build());
    }
}
