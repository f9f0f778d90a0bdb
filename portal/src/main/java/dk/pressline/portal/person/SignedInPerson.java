package dk.pressline.portal.person;

import dk.pressline.portal.config.PortalProperties;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the signed-in {@link Person} on every page's model as {@code person}, read with the configured claim names. */
@ControllerAdvice
class SignedInPerson {

    private static final String ROLE = "ROLE_";

    private final PortalProperties.Claims claims;

    SignedInPerson(PortalProperties properties) {
        this.claims = properties.claims();
    }

    /**
     * The roles are the authentication's, which the roles claim was mapped to at sign-in; the OIDC user itself keeps
     * only the authorities it was made with.
     */
    @ModelAttribute("person")
    Person person(Authentication authentication) {
        if (authentication == null || !(authentication.getPrincipal() instanceof OidcUser user)) {
            return null;
        }
        var name = user.getClaimAsString(claims.name());
        return new Person(
                user.getSubject(),
                name == null || name.isBlank() ? user.getSubject() : name,
                authentication.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .filter(authority -> authority.startsWith(ROLE))
                        .map(authority -> authority.substring(ROLE.length()))
                        .collect(Collectors.toSet()),
                user.getClaimAsString(claims.advertiserId()));
    }
}
