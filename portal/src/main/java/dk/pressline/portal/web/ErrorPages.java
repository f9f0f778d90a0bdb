package dk.pressline.portal.web;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClientException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Failures as Danish pages. What sponsor-service will not show this person (404, or 403 for another advertiser's
 * business) is the portal's 404, so nobody learns what exists; a service that is down, slow or failing makes the page
 * a 503. Nobody sees a stack trace.
 */
@ControllerAdvice
class ErrorPages {

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

    @ExceptionHandler({
        PageNotFoundException.class,
        HttpClientErrorException.NotFound.class,
        HttpClientErrorException.Forbidden.class,
        NoResourceFoundException.class,
        NoHandlerFoundException.class
    })
    ModelAndView notFound(Exception exception) {
        return page("error/404", HttpStatus.NOT_FOUND);
    }

    /**
     * sponsor-service no longer accepts the person's token (expired and not refreshable, or revoked): the session ends
     * and the person signs in again, which the issuer's own session usually makes a matter of one redirect.
     */
    @ExceptionHandler(HttpClientErrorException.Unauthorized.class)
    String signInAgain(HttpServletRequest request) {
        log.info("sponsor-service refused the person's token; signing in again");
        var session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        SecurityContextHolder.clearContext();
        return "redirect:/oauth2/authorization/pressline";
    }

    @ExceptionHandler(RestClientException.class)
    ModelAndView unavailable(RestClientException exception) {
        log.warn("sponsor-service could not give a page what it needs: {}", exception.getMessage());
        return page("error/503", HttpStatus.SERVICE_UNAVAILABLE);
    }

    private static ModelAndView page(String view, HttpStatus status) {
        var page = new ModelAndView(view);
        page.setStatus(status);
        return page;
    }
}
