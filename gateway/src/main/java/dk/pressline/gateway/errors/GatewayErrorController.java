package dk.pressline.gateway.errors;

import dk.pressline.errorpages.ErrorResponses;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Errors the gateway itself answers after Spring has seen the request (an API path no service owns, an unreadable
 * query, a service that is down): {@link ErrorResponses}, as for what Tomcat refuses before Spring sees it, in place
 * of Boot's English error page and JSON. Asked for directly, {@code /error} is a page that does not exist.
 */
@Controller
class GatewayErrorController implements ErrorController {

    @RequestMapping("${server.error.path:/error}")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code ? code : 404;
        var path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri ? uri : null;
        ErrorResponses.write(request, response, status, path);
    }
}
