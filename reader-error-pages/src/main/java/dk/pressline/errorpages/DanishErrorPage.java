package dk.pressline.errorpages;

/**
 * The reader's page for an error, in the words of the website's {@code templates/error/}. Self-contained: when the
 * gateway answers, the website and its stylesheet may be the very thing that is down, and when Tomcat answers,
 * Thymeleaf and the stylesheet's hashed name are Spring's.
 */
enum DanishErrorPage {
    NOT_FOUND(
            "Siden findes ikke",
            "Vi kan ikke finde den side, du leder efter. Måske er den flyttet, eller adressen er skrevet forkert."),
    GONE(
            "Siden findes ikke længere",
            "Det, linket førte til, er ikke længere på Pressline. Måske er annoncen eller arrangementet slut."),
    TOO_MANY("Du har hentet mange sider på kort tid", "Vent et øjeblik, og prøv så igen."),
    NOT_UNDERSTOOD(
            "Siden kan ikke vises", "Adressen indeholder noget, vi ikke forstår. Prøv at gå tilbage og søge igen."),
    UNAVAILABLE("Siden kan ikke vises lige nu", "En del af Pressline svarer ikke i øjeblikket. Prøv igen om lidt."),
    FAILED("Siden kan ikke vises lige nu", "Der gik noget galt hos os. Prøv igen om lidt.");

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

    private final String html;

    DanishErrorPage(String heading, String explanation) {
        this.html = TEMPLATE.formatted(heading, explanation);
    }

    static DanishErrorPage forStatus(int status) {
        return switch (status) {
            case 404 -> NOT_FOUND;
            case 410 -> GONE;
            case 429 -> TOO_MANY;
            case 502, 503, 504 -> UNAVAILABLE;
            default -> status < 500 ? NOT_UNDERSTOOD : FAILED;
        };
    }

    String html() {
        return html;
    }
}
