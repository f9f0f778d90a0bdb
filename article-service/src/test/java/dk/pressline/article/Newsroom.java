package dk.pressline.article;

import static org.assertj.core.api.Assertions.assertThat;

import dk.pressline.testsupport.security.TestTokens;
import dk.pressline.testsupport.web.ApiClient;
import dk.pressline.testsupport.web.ApiResponse;
import java.util.UUID;

/** An editor at work through the newsroom API, with the authors, section and theme an article needs. */
final class Newsroom {

    final ApiClient editor;
    final String author;
    final String section;
    final String theme;

    private Newsroom(ApiClient editor, String suffix) {
        this.editor = editor;
        this.author = "mette-holm-" + suffix;
        this.section = "klima-" + suffix;
        this.theme = "groen-omstilling-" + suffix;
    }

    /** A newsroom with its own author, section and theme, so tests sharing a database stay apart. */
    static Newsroom at(int port) {
        var newsroom = new Newsroom(
                ApiClient.atLocalPort(port).withToken(TestTokens.editor().encode()),
                UUID.randomUUID().toString().substring(0, 8));
        newsroom.created("/api/authors", """
                {"id": "%s", "name": "Mette Holm"}""".formatted(newsroom.author));
        newsroom.created("/api/sections", """
                {"slug": "%s", "name": "Klima"}""".formatted(newsroom.section));
        newsroom.created("/api/themes", """
                {"slug": "%s", "name": "Grøn omstilling"}""".formatted(newsroom.theme));
        return newsroom;
    }

    String article(String headline, String bodyHtml) {
        return """
                {"headline": "%s", "teaser": "Kommunerne skruer op for klimaplanerne.",
                 "bodyHtml": "%s", "authorIds": ["%s"], "signOff": "MH", "sectionSlug": "%s",
                 "themeSlugs": ["%s"], "language": "da",
                 "leadImage": {"url": "https://images.pressline.dk/tag.jpg", "caption": "Grønt tag på Nørrebro",
                               "credit": "Foto: Jens Juul", "altText": "Et tag dækket af planter"}}""".formatted(headline, bodyHtml.replace("\"", "\\\""), author, section, theme);
    }

    String article(String headline) {
        return article(headline, "<p>Københavns bæredygtige byer og klimaplanerne.</p>");
    }

    ApiResponse create(String headline) {
        return created("/api/articles", article(headline));
    }

    ApiResponse created(String path, String body) {
        var response = editor.post(path, body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response;
    }

    ApiResponse ok(ApiResponse response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response;
    }

    String act(String id, String action) {
        return act(id, action, null);
    }

    String act(String id, String action, String body) {
        var response = ok(editor.post("/api/articles/" + id + "/" + action, body));
        return response.json().path("status").asString();
    }
}
