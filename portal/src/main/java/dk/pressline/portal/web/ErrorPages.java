package dk.pressline.portal.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
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
