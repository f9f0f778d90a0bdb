package dk.pressline.deploy.fuzz;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One request of the fuzz: an operation called with one hostile twist, said in {@code twist}.
 *
 * @param path the path with its parameters filled in, encoded
 * @param query the query parameters, not yet encoded
 * @param body the JSON body as sent, or {@code null} for none
 */
record HostileRequest(
        String twist, String method, String path, Map<String, String> query, Map<String, String> headers, String body) {

    String pathAndQuery() {
        if (query.isEmpty()) {
            return path;
        }
        return path + "?"
                + query.entrySet().stream()
                        .map(parameter -> encode(parameter.getKey()) + "=" + encode(parameter.getValue()))
                        .collect(Collectors.joining("&"));
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    public String toString() {
        var shown = body == null ? "" : "\n  body: " + abbreviate(body);
        return method + " " + abbreviate(pathAndQuery()) + " " + headers.keySet() + " (" + twist + ")" + shown;
    }

    private static String abbreviate(String text) {
        return text.length() <= 400 ? text : text.substring(0, 400) + "... (" + text.length() + " characters)";
    }
}
