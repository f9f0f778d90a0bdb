package dk.pressline.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The mail the running platform has sent, read from the local run's mailbox (its JSON at /api/messages). */
public final class Mailbox {

    private static final HttpClient http = HttpClient.newHttpClient();
    private static final JsonMapper json = JsonMapper.builder().build();

    private Mailbox() {}

    /** The first mail to {@code to} that matches, waiting up to a minute for it. */
    public static JsonNode awaitMail(String to, Predicate<JsonNode> matching) {
        return await().atMost(Duration.ofSeconds(60))
                .until(() -> mailsTo(to).stream().filter(matching).findFirst(), Optional::isPresent)
                .orElseThrow();
    }

    public static List<JsonNode> mailsTo(String to) throws IOException, InterruptedException {
        var response = http.send(
                HttpRequest.newBuilder(URI.create(RunningPlatform.MAILBOX + "/api/messages?to="
                                + URLEncoder.encode(to, StandardCharsets.UTF_8)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        var mails = new ArrayList<JsonNode>();
        json.readTree(response.body()).forEach(mails::add);
        return mails;
    }

    /** The first link in {@code text} that contains {@code part}, from its start to the next space, quote or '>'. */
    public static String link(String text, String part) {
        int at = text.indexOf(part);
        assertThat(at).as("a link with " + part + " in " + text).isNotNegative();
        int start = at;
        while (start > 0
                && !Character.isWhitespace(text.charAt(start - 1))
                && text.charAt(start - 1) != '"'
                && text.charAt(start - 1) != '<') {
            start--;
        }
        int end = at;
        while (end < text.length()
                && !Character.isWhitespace(text.charAt(end))
                && text.charAt(end) != '>'
                && text.charAt(end) != '"') {
            end++;
        }
        return text.substring(start, end);
    }
}
