package dk.pressline.portal.config;

import java.net.URI;
import java.util.HashMap;
import java.util.function.UnaryOperator;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The issuer's endpoints a browser is sent to (sign-in and sign-out) at the address browsers reach it under, where
 * that differs from the one the portal reaches it under: in Compose the portal asks {@code http://auth-server:9000},
 * a name only the stack's network knows. The token, key and user-info endpoints, and the issuer that ID tokens must
 * name, stay as discovered.
 */
final class IssuerAsBrowsersReachIt implements UnaryOperator<ClientRegistration> {

    private static final String END_SESSION = "end_session_endpoint";

    private final URI origin;

    /** @param origin the issuer's address as browsers reach it; {@code null} or blank where it is the same */
    IssuerAsBrowsersReachIt(String origin) {
        this.origin = origin == null || origin.isBlank() ? null : URI.create(origin.replaceAll("/+$", ""));
    }

    @Override
    public ClientRegistration apply(ClientRegistration registration) {
        if (origin == null) {
            return registration;
        }
        var provider = registration.getProviderDetails();
        var metadata = new HashMap<>(provider.getConfigurationMetadata());
        if (metadata.get(END_SESSION) instanceof String endSession) {
            metadata.put(END_SESSION, at(endSession));
        }
        return ClientRegistration.withClientRegistration(registration)
                .authorizationUri(at(provider.getAuthorizationUri()))
                .providerConfigurationMetadata(metadata)
                .build();
    }

    /** The origin browsers reach the issuer under, when it is not the discovered one; else {@code null}. */
    URI origin() {
        return origin;
    }

    private String at(String endpoint) {
        return UriComponentsBuilder.fromUriString(endpoint)
                .scheme(origin.getScheme())
                .host(origin.getHost())
                .port(origin.getPort())
                .build(true)
                .toUriString();
    }
}
