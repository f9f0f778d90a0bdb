package dk.pressline.website.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;

/**
 * Tomcat's answer to a request it refuses before Spring sees it (a character not allowed in the path, a bad
 * {@code %} escape, a header section over the limit, an unknown HTTP version): the Danish error page in the words of
 * {@code templates/error/}, with Tomcat's status, in place of its English page. Self-contained, since Thymeleaf and
 * the stylesheet's hashed name are Spring's.
 */
public class DanishErrorReportValve extends ErrorReportValve {

    private static final String TEMPLATE = """
            <!DOCTYPE html>
            <html lang="da">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>%1$s – Pressline</title>
            <style>
            body { margin: 0 auto; max-width: 40rem; padding: 2rem 1rem; font-family: system-ui, sans-serif;
              line-height: 1.55; color: #1b1b1b; background: #ffffff; }
            h1 { font-family: Georgia, "Times New Roman", serif; line-height: 1.2; }
            a { color: #0a4f8f; }
            </style>
            </head>
            <body>
            <main>
            <h1>%1$s</h1>
            <p>%2$s</p>
            <p><a href="/">Gå til forsiden</a> eller <a href="/soeg">søg efter det, du leder efter</a>.</p>
            </main>
            </body>
            </html>
            """;

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
            response.setContentType("text/html;charset=UTF-8");
            response.setHeader("Content-Language", "da");
            response.setHeader("Cache-Control", "no-store");
            response.getOutputStream().write(page(status).getBytes(StandardCharsets.UTF_8));
            response.finishResponse();
        }
        catch (IOException | IllegalStateException e) {
            // The client is gone or the response cannot be written to: there is no one left to answer.
        }
    }

    private static String page(int status) {
        if (status == 404) {
            return TEMPLATE.formatted("Siden findes ikke",
                    "Vi kan ikke finde den side, du leder efter. Måske er den flyttet, eller adressen er skrevet forkert.");
        }
        if (status < 500) {
            return TEMPLATE.formatted("Siden kan ikke vises",
                    "Adressen indeholder noget, vi ikke forstår. Prøv at gå tilbage og søge igen.");
        }
        if (status == 503) {
            return TEMPLATE.formatted("Siden kan ikke vises lige nu",
                    "En del af Pressline svarer ikke i øjeblikket. Prøv igen om lidt.");
        }
        return TEMPLATE.formatted("Siden kan ikke vises lige nu", "Der gik noget galt hos os. Prøv igen om lidt.");
    }
}
