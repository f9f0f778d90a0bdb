package dk.pressline.portal.config;

import java.util.Map;
import java.util.function.Supplier;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/**
 * The client registrations, built from the issuer's OpenID discovery document the first time one is needed rather
 * than at start-up: the portal starts, and reports healthy, while the issuer is still starting. A failed discovery is
 * tried again on the next sign-in.
 */
final class DiscoveredOnFirstUse implements ClientRegistrationRepository {

    private final Supplier<Map<String, ClientRegistration>> discovery;
    private volatile Map<String, ClientRegistration> registrations;

    DiscoveredOnFirstUse(Supplier<Map<String, ClientRegistration>> discovery) {
        this.discovery = discovery;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        var known = registrations;
        if (known == null) {
            synchronized (this) {
                if (registrations == null) {
                    registrations = Map.copyOf(discovery.get());
                }
                known = registrations;
            }
        }
        return known.get(registrationId);
    }
}
