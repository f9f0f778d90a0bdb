package dk.pressline.website.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClientException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Failures as Danish pages: a page that does not exist is a 404; a service that is down, slow or failing makes the
 * page a 503 "Siden kan ikke vises lige nu". A reader never sees a stack trace.
 */
@ControllerAdvice
class ErrorPages {

    private static final Logger log = LoggerFactory.getLogger(ErrorPages.class);

    @ExceptionHandler({PageNotFoundException.class, HttpClientErrorException.NotFound.class})
    ModelAndView notFound(Exception exception) {
        return page("error/404", HttpStatus.NOT_FOUND);
    }

    /** A service refused what the page asked for: the reader's parameters were out of range. */
    @ExceptionHandler(HttpClientErrorException.class)
    ModelAndView refused(HttpClientErrorException exception) {
        log.info("A service refused a page's request: {}", exception.getMessage());
        return page("error/4xx", HttpStatus.BAD_REQUEST);
    }

    @ExceptionHandler(RestClientException.class)
    ModelAndView unavailable(RestClientException exception) {
        log.warn("A service the page needs is unavailable: {}", exception.getMessage());
        return page("error/503", HttpStatus.SERVICE_UNAVAILABLE);
    }

    private static ModelAndView page(String view, HttpStatus status) {
        var page = new ModelAndView(view);
        page.setStatus(status);
        return page;
    }
}
