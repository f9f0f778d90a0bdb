package dk.pressline.portal.config;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the portal finds sponsor-service, how long it waits for it, and which token claims say who a person is.
 *
 * @param sponsorService sponsor-service's base URL
 * @param connectTimeout how long a connection to sponsor-service may take before the page answers 503
 * @param readTimeout how long sponsor-service may take to answer before the page answers 503
 * @param claims the names of the ID token's claims the portal reads
 * @param address the portal's address as browsers reach it, for the sign-in's redirect URI and the way back after
 *     signing out: behind the gateway the site's address followed by {@code /portal}; {@code {baseUrl}} (the default)
 *     takes it from each request
 * @param issuerForBrowsers the token issuer's address as browsers reach it, where that is not the issuer URI the
 *     portal reaches it under (in Compose, {@code http://auth-server:9000} is known only inside the stack); empty
 *     where they are the same
 */
@ConfigurationProperties("pressline.portal")
public record PortalProperties(
        URI sponsorService,
        Duration connectTimeout,
        Duration readTimeout,
        Claims claims,
        String address,
        String issuerForBrowsers) {

    public PortalProperties {
        Objects.requireNonNull(sponsorService, "pressline.portal.sponsor-service");
        Objects.requireNonNull(connectTimeout, "pressline.portal.connect-timeout");
        Objects.requireNonNull(readTimeout, "pressline.portal.read-timeout");
        claims = claims == null ? new Claims(null, null, null) : claims;
        address = address == null || address.isBlank() ? "{baseUrl}" : address.replaceAll("/+$", "");
        issuerForBrowsers = issuerForBrowsers == null ? "" : issuerForBrowsers.strip();
    }

    /**
     * @param name the person's name, shown in the header
     * @param roles the person's roles (ADVERTISER, SALES, EDITOR, ADMIN), mapped to {@code ROLE_*} authorities
     * @param advertiserId the advertiser an advertiser's person acts for
     */
    public record Claims(String name, String roles, String advertiserId) {

        public Claims {
            name = name == null ? "name" : name;
            roles = roles == null ? "roles" : roles;
            advertiserId = advertiserId == null ? "advertiser_id" : advertiserId;
        }
    }
}
