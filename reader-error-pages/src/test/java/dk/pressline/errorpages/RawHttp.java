package dk.pressline.errorpages;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Sends a request exactly as written, over a socket: Java's HttpClient refuses to send the malformed requests Tomcat
 * has to answer before Spring sees them.
 */
public final class RawHttp {

    /** A response as received: status, headers (names in lower case) and the body, de-chunked. */
    public record Response(int status, Map<String, String> headers, String body) {

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }

        public Document html() {
            return Jsoup.parse(body);
        }
    }

    public static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private RawHttp() {}

    /** A GET as a browser or a script sends it; {@code target} goes into the request line unchanged. */
    public static Response get(int port, String target, String accept, String... headerLines) {
        var request = new StringBuilder("GET ")
                .append(target)
                .append(" HTTP/1.1\r\nHost: localhost\r\n")
                .append("Accept: ")
                .append(accept)
                .append("\r\n");
        for (var line : headerLines) {
            request.append(line).append("\r\n");
        }
        return send(port, request.append("Connection: close\r\n\r\n").toString());
    }

    public static Response send(int port, String request) {
        try (var socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return parse(socket.getInputStream().readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Response parse(byte[] raw) {
        var text = new String(raw, StandardCharsets.ISO_8859_1);
        var headEnd = text.indexOf("\r\n\r\n");
        var lines = text.substring(0, headEnd).split("\r\n");
        var status = Integer.parseInt(lines[0].split(" ")[1]);
        var headers = new TreeMap<String, String>();
        for (var i = 1; i < lines.length; i++) {
            var colon = lines[i].indexOf(':');
            headers.put(
                    lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                    lines[i].substring(colon + 1).trim());
        }
        var body = text.substring(headEnd + 4);
        if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
            body = dechunk(body);
        }
        return new Response(
                status, headers, new String(body.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8));
    }

    private static String dechunk(String chunked) {
        var body = new ByteArrayOutputStream();
        var at = 0;
        while (true) {
            var lineEnd = chunked.indexOf("\r\n", at);
            var size = Integer.parseInt(
                    chunked.substring(at, lineEnd).split(";")[0].trim(), 16);
            if (size == 0) {
                return body.toString(StandardCharsets.ISO_8859_1);
            }
            body.writeBytes(chunked.substring(lineEnd + 2, lineEnd + 2 + size).getBytes(StandardCharsets.ISO_8859_1));
            at = lineEnd + 2 + size + 2;
        }
    }
}
