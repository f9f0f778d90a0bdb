package dk.pressline.auth;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** What the issuer puts in its tokens, the demo principals it issues them to, and how people sign in. */
@ConfigurationProperties("pressline.auth")
public record AuthProperties(
        @DefaultValue("pressline") String audience,
        @DefaultValue("1h") Duration accessTokenTimeToLive,
        List<DemoUser> demoUsers,
        List<DemoPerson> demoPeople,
        @DefaultValue SignIn signIn,
        @DefaultValue Portal portal) {

    public AuthProperties {
        demoUsers = demoUsers == null ? List.of() : List.copyOf(demoUsers);
        demoPeople = demoPeople == null ? List.of() : List.copyOf(demoPeople);
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

    /** A person created at start-up when no one of that username is stored; the password is hashed on insert. */
    public record DemoPerson(String username, String password, String name, List<String> roles, String advertiserId) {

        public DemoPerson {
            if (username == null || username.isBlank() || password == null || password.isBlank()) {
                throw new IllegalArgumentException("A demo person needs a username and a password");
            }
            roles = roles == null ? List.of() : List.copyOf(roles);
        }
    }

    /**
     * @param maxFailedAttempts failures in a row that lock an account
     * @param lockDuration how long a locked account stays locked
     */
    public record SignIn(
            @DefaultValue("5") int maxFailedAttempts,
            @DefaultValue("15m") Duration lockDuration) {}

    /** The web portal's registration: a confidential OpenID Connect client using the authorization code with PKCE. */
    public record Portal(
            @DefaultValue("portal") String clientId,
            String clientSecret,
            List<String> redirectUris,
            List<String> postLogoutRedirectUris) {

        public Portal {
            redirectUris = redirectUris == null ? List.of() : List.copyOf(redirectUris);
            postLogoutRedirectUris = postLogoutRedirectUris == null ? List.of() : List.copyOf(postLogoutRedirectUris);
        }
    }
}
