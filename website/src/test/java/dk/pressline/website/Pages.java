package dk.pressline.website;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Fetches the website's pages as a browser without JavaScript would, keeping its cookies and without following
 * redirects.
 */
final class Pages {

    /** A page as received: its status, headers and parsed HTML. */
    record Page(int status, HttpHeaders headers, String body, Document html) {

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    private final HttpClient http = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .cookieHandler(new CookieManager())
            .build();
    private final String base;

    Pages(int port) {
        this.base = "http://localhost:" + port;
    }

    Page get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                .GET()
                .build());
    }

    /** Gets a page as the given browser, from the given address as the gateway reports it. */
    Page getAs(String userAgent, String forwardedFor, String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                .header("User-Agent", userAgent)
                .header("X-Forwarded-For", forwardedFor)
                .GET()
                .build());
    }

    /** Posts a form as a browser does, {@code application/x-www-form-urlencoded}. */
    Page post(String path, Map<String, ?> form) {
        var body = form.entrySet().stream()
                .flatMap(entry -> (entry.getValue() instanceof Iterable<?> values
                                ? StreamSupport.stream(values.spliterator(), false)
                                : Stream.of(entry.getValue()))
                        .map(value -> encode(entry.getKey()) + "=" + encode(String.valueOf(value))))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    /**
     * Submits the page's form as a browser does: to its action, with its hidden fields (the CSRF token among them)
     * and the fields filled in.
     */
    Page submit(Page page, Map<String, ?> filledIn) {
        var form = page.html().selectFirst("form[method=post]");
        if (form == null) {
            throw new AssertionError("No form on the page:\n" + page.body());
        }
        var fields = new LinkedHashMap<String, Object>();
        form.select("input[type=hidden]").forEach(hidden -> fields.put(hidden.attr("name"), hidden.attr("value")));
        fields.putAll(filledIn);
        return post(form.attr("action"), fields);
    }

    /** Posts one field as {@code multipart/form-data}, the encoding RFC 8058 recommends for a one-click unsubscribe. */
    Page postMultipart(String path, String name, String value) {
        var boundary = "pressline-test-boundary";
        var body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value
                + "\r\n--" + boundary + "--\r\n";
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    private Page send(HttpRequest request) {
        try {
            var response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Page(
                    response.statusCode(), response.headers(), response.body(), Jsoup.parse(response.body(), base));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
