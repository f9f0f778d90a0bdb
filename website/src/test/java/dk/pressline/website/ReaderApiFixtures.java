package dk.pressline.website;

/**
 * JSON shaped exactly as search-service's reader API and notification-service's subscription API answer: the
 * records {@code SearchResults}, {@code ContentItem}, {@code ArticlePage}, {@code PageOf} and
 * {@code SubscriptionView}, with {@code null} fields left out as those services leave them out.
 */
final class ReaderApiFixtures {

    static final String CLICK_URL = "http://localhost:8080/r/7b0f6a52-4f1e-4c64-9a57-3f2b8d1c0e11";

    private static final String NO_FACETS = """
            {"themes":[],"sections":[],"types":[],"months":[]}""";

    private ReaderApiFixtures() {}

    /** Page 2 of 3 of a search for "klima", with a highlight holding escaped markup and a sponsored hit. */
    static String searchResults() {
        var items = """
                  {"id":"5d7c3e1a-1111-4c1e-9a57-000000000001","type":"article","slug":"klimaaftale-vedtaget",
                   "url":"http://localhost:8080/artikel/klimaaftale-vedtaget",
                   "fields":{"headline":"Klimaaftale vedtaget i nat","teaser":"Partierne blev enige om CO2-afgiften.",
                     "section":{"slug":"nyheder","name":"Nyheder"},
                     "themes":[{"slug":"klima","name":"Klima"},{"slug":"groen-omstilling","name":"Grøn omstilling"}],
                     "publishedAt":"2026-11-20T08:15:00Z","updatedAt":"2026-11-20T08:15:00Z"},
                   "highlights":{"headline":["<em>Klimaaftale</em> vedtaget i nat"],
                     "body":["Aftalen &lt;script&gt;alert(1)&lt;/script&gt; sætter <em>klima</em> først &amp; fremmest"]}},
                  {"id":"7b0f6a52-4f1e-4c64-9a57-3f2b8d1c0e11","type":"sponsored","url":"%s",
                   "fields":{"headline":"Grøn strøm til din virksomhed","teaser":"Skift til vindstrøm i dag.",
                     "themes":[{"slug":"klima"}],"publishedAt":"2026-11-18T00:00:00Z",
                     "imageUrl":"https://cdn.example.dk/nordlys.jpg"},
                   "sponsored":{"label":"Sponseret","advertiser":"Nordlys Energi"}}
                """.formatted(CLICK_URL);
        return searchAnswer(items, 1, 10, 23, "relevance", """
                {"themes":[{"value":"klima","count":15},{"value":"groen-omstilling","count":8}],
                   "sections":[{"value":"nyheder","count":20}],
                   "types":[{"value":"article","count":20},{"value":"sponsored","count":3}],
                   "months":[{"value":"2026-11","count":23}]}
                """, null);
    }

    static String noResults(String didYouMean) {
        return searchAnswer("", 0, 10, 0, "relevance", NO_FACETS, didYouMean);
    }

    /** A search answer with no hits on this page, whose whole result set carries one theme. */
    static String onlyThemeFacet(String themeSlug, long count) {
        return searchAnswer("", 0, 10, count, "relevance", """
                {"themes":[{"value":"%s","count":%d}],"sections":[],"types":[],"months":[]}
                """.formatted(themeSlug, count), null);
    }

    /** The latest articles of one theme, as the front page asks for them. */
    static String latestArticles(String themeSlug, String themeName, String... headlines) {
        var items = new StringBuilder();
        for (int i = 0; i < headlines.length; i++) {
            if (i > 0) {
                items.append(',');
            }
            items.append("""
                    {"id":"00000000-0000-4000-8000-00000000000%d","type":"article","slug":"%s-%d",
                     "url":"http://localhost:8080/artikel/%s-%d",
                     "fields":{"headline":"%s","teaser":"Manchet %d","themes":[{"slug":"%s","name":"%s"}],
                       "publishedAt":"2026-11-2%dT10:00:00Z","updatedAt":"2026-11-2%dT10:00:00Z"}}
                    """.formatted(i, themeSlug, i, themeSlug, i, headlines[i], i, themeSlug, themeName, i, i));
        }
        return searchAnswer(
                items.toString(), 0, 4, headlines.length, "newest", """
                {"themes":[{"value":"%s","count":%d}],"sections":[],"types":[],"months":[]}
                """.formatted(themeSlug, headlines.length), null);
    }

    /** The first page of a search matching more than search-service counts exactly (it says 10,000). */
    static String moreResultsThanCounted() {
        return searchAnswer("", 0, 10, 10_000, "relevance", """
                {"themes":[],"sections":[],"types":[],"months":[]}
                """, null);
    }

    /**
     * A search answer as search-service sends it: the paged fields and, beside them, the deprecated old names it still
     * sends for older clients ({@code results}, {@code pageSize}, {@code total}, {@code pages}).
     */
    private static String searchAnswer(
            String items, int page, int size, long totalItems, String orderBy, String facets, String didYouMean) {
        long totalPages = (totalItems + size - 1) / size;
        return """
                {"items":[%s],"page":%d,"size":%d,"totalItems":%d,"totalPages":%d,"orderBy":"%s","facets":%s,%s
                 "results":[%s],"pageSize":%d,"total":%d,"pages":%d}
                """.formatted(
                        items,
                        page,
                        size,
                        totalItems,
                        totalPages,
                        orderBy,
                        facets,
                        didYouMean == null ? "" : "\"didYouMean\":\"" + didYouMean + "\",",
                        items,
                        size,
                        totalItems,
                        totalPages);
    }

    /** An article page: a body with a script an editor should never have got through, and a mixed related feed. */
    static String articlePage() {
        return """
                {"article":{"id":"5d7c3e1a-1111-4c1e-9a57-000000000001","type":"article","slug":"klimaaftale-vedtaget",
                   "url":"http://localhost:8080/artikel/klimaaftale-vedtaget",
                   "fields":{"headline":"Klimaaftale vedtaget i nat","teaser":"Partierne blev enige om CO2-afgiften.",
                     "body":"<h1>Ekstra overskrift</h1><p>Aftalen er <strong>historisk</strong>.</p><script>alert('x')</script><p><a href=\\"javascript:alert(1)\\">klik</a><img src=\\"x\\" onerror=\\"alert(2)\\"></p>",
                     "byline":[{"id":"a-1","name":"Mette Holm"},{"id":"a-2","name":"Jonas Berg"}],
                     "signOff":"/ritzau/","leadImage":{"url":"https://images.example.dk/christiansborg.jpg",
                       "caption":"Forhandlerne forlader Christiansborg.","credit":"Foto: Ida Marie Odgaard","altText":"Politikere på trappen til Christiansborg"},
                     "section":{"slug":"nyheder","name":"Nyheder"},
                     "themes":[{"slug":"klima","name":"Klima"},{"slug":"groen-omstilling","name":"Grøn omstilling"}],
                     "language":"da","publishedAt":"2026-07-01T06:05:00Z","updatedAt":"2026-07-01T09:30:00Z",
                     "corrections":[{"note":"Afgiften er 300 kr. pr. ton, ikke 3.000 kr.","correctedAt":"2026-07-01T10:00:00Z"}],
                     "readAlso":[]}},
                 "readAlso":[{"id":"5d7c3e1a-1111-4c1e-9a57-000000000002","type":"article","slug":"co2-afgift-forklaret",
                   "url":"http://localhost:8080/artikel/co2-afgift-forklaret",
                   "fields":{"headline":"CO2-afgiften forklaret","themes":[{"slug":"klima","name":"Klima"}],
                     "publishedAt":"2026-06-30T10:00:00Z"}}],
                 "relatedContent":[
                   {"id":"5d7c3e1a-1111-4c1e-9a57-000000000003","type":"article","slug":"landbruget-reagerer",
                    "url":"http://localhost:8080/artikel/landbruget-reagerer",
                    "fields":{"headline":"Landbruget reagerer på aftalen","publishedAt":"2026-07-01T11:00:00Z"}},
                   {"id":"7b0f6a52-4f1e-4c64-9a57-3f2b8d1c0e11","type":"sponsored","url":"%s",
                    "fields":{"headline":"Grøn strøm til din virksomhed","teaser":"Skift til vindstrøm i dag.",
                      "imageUrl":"https://cdn.example.dk/nordlys.jpg","themes":[{"slug":"klima"}]},
                    "sponsored":{"label":"Sponseret","advertiser":"Nordlys Energi"}},
                   {"id":"7b0f6a52-4f1e-4c64-9a57-3f2b8d1c0e12","type":"sponsored","url":"http://localhost:8080/r/7b0f6a52-4f1e-4c64-9a57-3f2b8d1c0e12",
                    "fields":{"headline":"Kursus i CSRD-rapportering"},
                    "sponsored":{"label":"Annonce","advertiser":"Revisorhuset"}}]}
                """.formatted(CLICK_URL);
    }

    /** One page of upcoming events, as {@code GET /api/events} answers ({@code PageOf<ContentItem>}). */
    static String events() {
        return """
                {"items":[{"id":"9c1d0000-0000-4000-8000-000000000001","type":"event",
                  "url":"http://localhost:8080/r/9c1d0000-0000-4000-8000-000000000001",
                  "fields":{"headline":"Konference om cirkulær økonomi","teaser":"Hele dagen i Aarhus.",
                    "event":{"organiser":"Dansk Industri","title":"Konference om cirkulær økonomi",
                      "description":"Cases og værktøjer til cirkulære forretningsmodeller.","date":"2026-12-03",
                      "startTime":"09:30","place":"Aarhus"},"publishedAt":"2026-11-01T00:00:00Z"},
                  "sponsored":{"label":"Annonce","advertiser":"Dansk Industri"}}],
                 "page":0,"size":20,"totalItems":21,"totalPages":2}
                """;
    }

    static String jobs() {
        return """
                {"items":[{"id":"9c1d0000-0000-4000-8000-000000000002","type":"job",
                  "url":"http://localhost:8080/r/9c1d0000-0000-4000-8000-000000000002",
                  "fields":{"headline":"ESG-analytiker","teaser":"Vil du arbejde med bæredygtig finans?",
                    "job":{"employer":"Nordbank","title":"ESG-analytiker","location":"København","deadline":"2026-12-15"},
                    "publishedAt":"2026-11-10T00:00:00Z"},
                  "sponsored":{"label":"Jobannonce","advertiser":"Nordbank"}}],
                 "page":0,"size":20,"totalItems":1,"totalPages":1}
                """;
    }

    static String subscription(String status, String preferencesToken) {
        return """
                {"email":"reader@example.dk","status":"%s","language":"da","newsletter":true,"eventNews":false,
                 "themes":["klima"],"preferencesUrl":"http://localhost:8080/api/subscriptions/preferences?token=%s"}
                """.formatted(status, preferencesToken);
    }

    /** notification-service's answer to a bad or expired link. */
    static String invalidLinkProblem() {
        return """
                {"type":"about:blank","title":"Bad Request","status":400,
                 "detail":"token: is not a valid link or has expired","instance":"/api/subscriptions/confirm",
                 "errors":[{"field":"token","reason":"is not a valid link or has expired"}]}
                """;
    }
}
