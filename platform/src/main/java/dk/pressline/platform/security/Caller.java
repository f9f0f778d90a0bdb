package dk.pressline.platform.security;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Who is calling: a token's subject, roles and advertiser, or an anonymous reader.
 *
 * @param subject the token's subject; empty for an anonymous reader
 * @param advertiserId the advertiser an {@link Role#ADVERTISER} acts for
 */
public record Caller(Optional<String> subject, Set<Role> roles, Optional<String> advertiserId) {

    public static final String ADVERTISER_ID_CLAIM = "advertiser_id";

    private static final Caller ANONYMOUS = new Caller(Optional.empty(), Set.of(), Optional.empty());

    public Caller {
        roles = Set.copyOf(roles);
    }

    /** The caller of the request being handled on this thread. */
    public static Caller current() {
        return from(SecurityContextHolder.getContext().getAuthentication());
    }

    static Caller from(Authentication authentication) {
        if (!(authentication instanceof JwtAuthenticationToken token)) {
            return ANONYMOUS;
        }
        var authorities = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .toList();
        var roles = Arrays.stream(Role.values())
                .filter(role -> authorities.contains(role.authority()))
                .collect(Collectors.toSet());
        return new Caller(
                Optional.ofNullable(token.getToken().getSubject()),
                roles,
                Optional.ofNullable(token.getToken().getClaimAsString(ADVERTISER_ID_CLAIM)));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /**
     * Whether the caller may see and act on the business of this advertiser: staff (sales, admin) for every
     * advertiser, an advertiser only for its own. Callers answer "not found" otherwise, so existence does not leak.
     */
    public boolean mayActForAdvertiser(String advertiserId) {
        if (has(Role.ADMIN) || has(Role.SALES)) {
            return true;
        }
        return has(Role.ADVERTISER)
                && this.advertiserId.filter(own -> own.equals(advertiserId)).isPresent();
    }
}
