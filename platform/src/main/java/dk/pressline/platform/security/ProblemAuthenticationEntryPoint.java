package dk.pressline.platform.security;

import dk.pressline.platform.web.ProblemResponses;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * 401 and 403 as problem+json, keeping the {@code WWW-Authenticate: Bearer} challenge that tells a client why its token
 * was refused.
 */
final class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final BearerTokenAuthenticationEntryPoint challenge = new BearerTokenAuthenticationEntryPoint();

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        challenge.commence(request, response, exception);
        var detail = request.getHeader("Authorization") == null
                ? "This endpoint needs a bearer token."
                : "The bearer token was refused: " + exception.getMessage();
        ProblemResponses.write(request, response, HttpStatus.UNAUTHORIZED, detail);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
            throws IOException {
        ProblemResponses.write(request, response, HttpStatus.FORBIDDEN, "Your role does not allow this request.");
    }
}
