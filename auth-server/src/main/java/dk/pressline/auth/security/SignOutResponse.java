package dk.pressline.auth.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.authorization.oidc.authentication.OidcLogoutAuthenticationToken;
import org.springframework.security.web.DefaultRedirectStrategy;
import org.springframework.security.web.RedirectStrategy;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.util.StringUtils;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Ends the session at RP-initiated logout and sends the browser back to the client's registered post-logout address
 * or, when it names none, to the issuer's own signed-out page.
 */
class SignOutResponse implements AuthenticationSuccessHandler {

    private final String signedOutPage;
    private final SecurityContextLogoutHandler sessionEnd = new SecurityContextLogoutHandler();
    private final RedirectStrategy redirects = new DefaultRedirectStrategy();

    SignOutResponse(String signedOutPage) {
        this.signedOutPage = signedOutPage;
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        var logout = (OidcLogoutAuthenticationToken) authentication;
        if (logout.isPrincipalAuthenticated()) {
            sessionEnd.logout(request, response, (Authentication) logout.getPrincipal());
        }
        redirects.sendRedirect(request, response, target(logout));
    }

    private String target(OidcLogoutAuthenticationToken logout) {
        if (!logout.isAuthenticated() || !StringUtils.hasText(logout.getPostLogoutRedirectUri())) {
            return signedOutPage;
        }
        var target = UriComponentsBuilder.fromUriString(logout.getPostLogoutRedirectUri());
        if (StringUtils.hasText(logout.getState())) {
            target.queryParam("state", logout.getState());
        }
        return target.encode().build().toUriString();
    }
}
