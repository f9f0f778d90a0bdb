package dk.pressline.auth;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** What the issuer puts in its tokens, and the demo principals it issues them to. */
@ConfigurationProperties("pressline.auth")
public record AuthProperties(
        @DefaultValue("pressline") String audience,
        @DefaultValue("1h") Duration accessTokenTimeToLive,
        List<DemoUser> demoUsers) {

    public AuthProperties {
        demoUsers = demoUsers == null ? List.of() : List.copyOf(demoUsers);
    }

    public Optional<DemoUser> demoUser(String id) {
        return demoUsers.stream().filter(user -> user.id().equals(id)).findFirst();
    }

    /** A confidential client that stands in for one person of a given role; advertisers also name their advertiser. */
    public record DemoUser(String id, String secret, List<String> roles, String advertiserId) {

        public DemoUser {
            if (id == null || id.isBlank() || secret == null || secret.isBlank()) {
                throw new IllegalArgumentException("A demo user needs an id and a secret");
            }
            roles = roles == null ? List.of() : List.copyOf(roles);
        }

        public Optional<String> advertiser() {
            return Optional.ofNullable(advertiserId).filter(advertiser -> !advertiser.isBlank());
        }
    }
}
