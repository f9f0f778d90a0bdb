package dk.pressline.deploy;

import com.icegreen.greenmail.util.GreenMail;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Entities;
import tools.jackson.databind.json.JsonMapper;

/**
 * The local run's mailbox: every mail the platform has sent to the mail catcher, newest first, as JSON at
 * {@code /api/messages} (optionally {@code ?to=address}) and as a page at {@code /}.
 */
final class MailViewer implements AutoCloseable {

    private static final JsonMapper json = JsonMapper.builder().build();

    private final GreenMail mail;
    private final HttpServer server;

    private MailViewer(GreenMail mail, HttpServer server) {
        this.mail = mail;
        this.server = server;
    }

    static MailViewer start(GreenMail mail, int port) throws IOException {
        var server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        var viewer = new MailViewer(mail, server);
        server.createContext(
                "/api/messages",
                exchange -> viewer.respond(
                        exchange, "application/json", json.writeValueAsString(viewer.messages(recipient(exchange)))));
        server.createContext(
                "/",
                exchange -> viewer.respond(
                        exchange, "text/html; charset=utf-8", viewer.page(viewer.messages(recipient(exchange)))));
        server.start();
        return viewer;
    }

    String url() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    List<Map<String, Object>> messages(String recipient) {
        var messages = new ArrayList<Map<String, Object>>();
        var received = mail.getReceivedMessages();
        for (int i = received.length - 1; i >= 0; i--) {
            try {
                var message = describe(received[i]);
                @SuppressWarnings("unchecked")
                var to = (List<String>) message.get("to");
                if (recipient == null || to.stream().anyMatch(address -> address.equalsIgnoreCase(recipient))) {
                    messages.add(message);
                }
            } catch (MessagingException | IOException e) {
                messages.add(Map.of("error", "unreadable message: " + e.getMessage()));
            }
        }
        return messages;
    }

    private static Map<String, Object> describe(MimeMessage message) throws MessagingException, IOException {
        var description = new LinkedHashMap<String, Object>();
        description.put("id", message.getMessageID());
        description.put("from", addresses(message.getFrom()));
        description.put("to", addresses(message.getAllRecipients()));
        description.put("subject", message.getSubject());
        description.put(
                "sentAt",
                message.getSentDate() == null
                        ? null
                        : message.getSentDate().toInstant().toString());
        var headers = new LinkedHashMap<String, String>();
        for (var name : List.of("List-Unsubscribe", "List-Unsubscribe-Post")) {
            var value = message.getHeader(name, ", ");
            if (value != null) {
                headers.put(name, value);
            }
        }
        description.put("headers", headers);
        var parts = new LinkedHashMap<String, String>();
        collectText(message, parts);
        description.put("text", parts.get("text/plain"));
        description.put("html", parts.get("text/html"));
        return description;
    }

    private static void collectText(Part part, Map<String, String> into) throws MessagingException, IOException {
        if (part.isMimeType("text/plain") || part.isMimeType("text/html")) {
            into.putIfAbsent(part.isMimeType("text/plain") ? "text/plain" : "text/html", (String) part.getContent());
        } else if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                collectText(child, into);
            }
        }
    }

    private static List<String> addresses(Address[] addresses) {
        return addresses == null
                ? List.of()
                : Arrays.stream(addresses).map(Address::toString).toList();
    }

    private String page(List<Map<String, Object>> messages) {
        var html = new StringBuilder("""
                <!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pressline mail catcher</title>
                <style>body{font-family:sans-serif;max-width:60rem;margin:2rem auto;color:#111}
                article{border-top:1px solid #ccc;padding:1rem 0}pre{white-space:pre-wrap}</style></head><body>
                <main><h1>Mail sent by the local platform</h1>""");
        html.append("<p>")
                .append(messages.size())
                .append(" messages, newest first. JSON: <a href=\"/api/messages\">")
                .append("/api/messages</a></p>");
        for (var message : messages) {
            html.append("<article><h2>")
                    .append(escape(message.get("subject")))
                    .append("</h2><p>To ")
                    .append(escape(message.get("to")))
                    .append(" from ")
                    .append(escape(message.get("from")))
                    .append(", ")
                    .append(escape(message.get("sentAt")))
                    .append("</p><pre>")
                    .append(escape(message.get("text")))
                    .append("</pre></article>");
        }
        return html.append("</main></body></html>").toString();
    }

    private static String escape(Object value) {
        return value == null ? "" : Entities.escape(String.valueOf(value));
    }

    private static String recipient(HttpExchange exchange) {
        var query = exchange.getRequestURI().getRawQuery();
        if (query == null) {
            return null;
        }
        for (var parameter : query.split("&")) {
            if (parameter.startsWith("to=")) {
                return URLDecoder.decode(parameter.substring(3), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    private void respond(HttpExchange exchange, String contentType, String body) throws IOException {
        var bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(200, bytes.length);
        try (var out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
