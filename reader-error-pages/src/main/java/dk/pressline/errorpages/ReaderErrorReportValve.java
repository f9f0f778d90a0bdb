package dk.pressline.errorpages;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

/**
 * Tomcat's answer to a request it refuses before any servlet sees it (a character not allowed in the path, a bad
 * {@code %} escape, a header section over the limit, an unknown HTTP version): {@link ErrorResponses} with Tomcat's
 * status, in place of its English page.
 */
public class ReaderErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        var status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        var ioAllowed = new AtomicBoolean();
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        try {
            ErrorResponses.write(request, response, status, request.getRequestURI());
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            // The client is gone or the response cannot be written to: there is no one left to answer.
        }
    }
}
