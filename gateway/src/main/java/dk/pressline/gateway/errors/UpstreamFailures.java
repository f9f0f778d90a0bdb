package dk.pressline.gateway.errors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;
import org.apache.catalina.connector.ClientAbortException;
import org.apache.coyote.BadRequestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.Ordered;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * A service or the website that cannot be reached is a 503, one that does not answer in time a 504, and one whose
 * answer breaks off a 502, where a failed proxy call would otherwise be a 500.
 */
class UpstreamFailures implements HandlerExceptionResolver, Ordered {

    private static final Logger log = LoggerFactory.getLogger(UpstreamFailures.class);

    @Override
    public ModelAndView resolveException(
            HttpServletRequest request, HttpServletResponse response, Object handler, Exception exception) {
        if (!(exception instanceof ResourceAccessException)) {
            return null;
        }
        if (hasCause(exception, BadRequestException.class) || hasCause(exception, ClientAbortException.class)) {
            // The caller's own request body could not be read: Tomcat has already answered it 400 or 408.
            return new ModelAndView();
        }
        if (response.isCommitted()) {
            // Part of the answer is on its way: Tomcat closes the connection, so the caller sees it cut short.
            return null;
        }
        var status =
                hasCause(exception, HttpTimeoutException.class) || hasCause(exception, SocketTimeoutException.class)
                        ? 504
                        : hasCause(exception, ConnectException.class) ? 503 : 502;
        log.warn(
                "{} for {} {}: {} ({})",
                status,
                request.getMethod(),
                request.getRequestURI(),
                exception.getMessage(),
                NestedExceptionUtils.getMostSpecificCause(exception).getClass().getSimpleName());
        try {
            response.sendError(status);
        } catch (IOException e) {
            log.debug("The caller has gone", e);
        }
        return new ModelAndView();
    }

    private static boolean hasCause(Throwable exception, Class<? extends Throwable> type) {
        for (var cause = exception; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
