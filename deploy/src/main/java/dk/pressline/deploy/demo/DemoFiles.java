package dk.pressline.deploy.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo content as written under {@code src/main/resources/demo/}: taxonomy, articles, advertisers, prices and
 * bookings. Days are offsets from the day the demo is loaded, so the content stays fresh whenever it is loaded.
 */
public record DemoFiles(
        Taxonomy taxonomy,
        List<Article> articles,
        List<Advertiser> advertisers,
        List<Price> prices,
        List<Booking> bookings) {

    private static final JsonMapper FILES = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    /** Reads every demo file from the class path. */
    public static DemoFiles read() {
        return new DemoFiles(
                read("taxonomy.json", Taxonomy.class),
                read("articles.json", ArticleFile.class).articles(),
                read("advertisers.json", AdvertiserFile.class).advertisers(),
                read("prices.json", PriceFile.class).prices(),
                read("bookings.json", BookingFile.class).bookings());
    }

    private static <T> T read(String name, Class<T> type) {
        try (var in = DemoFiles.class.getResourceAsStream("/demo/" + name)) {
            if (in == null) {
                throw new IllegalStateException("No demo file " + name + " on the class path");
            }
            return FILES.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The journalists, sections and themes articles are filed under. */
    public record Taxonomy(List<Author> authors, List<Term> sections, List<Term> themes) {}

    public record Author(String id, String name) {}

    public record Term(String slug, String name) {}

    /**
     * One article.
     *
     * @param key the article's slug, and how other demo articles name it in {@code readAlso}
     * @param daysAgo when it was meant to be published; the demo publishes oldest first
     * @param body the body's blocks ({@code <p>}, {@code <h2>}), joined in order
     * @param readAlso keys of older demo articles for "Læs også"
     */
    public record Article(
            String key,
            int daysAgo,
            String headline,
            String teaser,
            List<String> body,
            List<String> authors,
            String signOff,
            String section,
            List<String> themes,
            String language,
            LeadImage leadImage,
            List<String> readAlso) {

        public Article {
            readAlso = readAlso == null ? List.of() : readAlso;
        }

        public String bodyHtml() {
            return String.join("\n", body);
        }

        @Override
        public String toString() {
            return "Article " + key;
        }
    }

    public record LeadImage(String url, String caption, String credit, String altText) {}

    public record Advertiser(String id, String name, String logoUrl, Contact contact, Invoicing invoicing) {}

    public record Contact(String name, String email, String phone) {}

    public record Invoicing(String companyName, String cvr, String address, String email) {}

    /** A price per day in øre, from the day the demo is loaded until further notice. */
    public record Price(String product, long pricePerDay) {}

    /**
     * One booking, made by its advertiser and approved by sales.
     *
     * @param startsInDays the flight's first day, counted from the day the demo is loaded (0: today)
     * @param endsInDays the flight's last day, included
     */
    public record Booking(
            String advertiserId,
            String product,
            int startsInDays,
            int endsInDays,
            List<String> themes,
            Creative creative,
            Event event,
            Job job) {

        public Booking {
            themes = themes == null ? List.of() : themes;
        }
    }

    public record Creative(String title, String teaser, String linkUrl, String imageUrl, String logoUrl) {}

    /** @param inDays the event's day, counted from the day the demo is loaded */
    public record Event(
            String organiser, String title, String description, int inDays, String startTime, String place) {}

    /** @param deadlineInDays the last day to apply, counted from the day the demo is loaded */
    public record Job(String employer, String title, String location, int deadlineInDays) {}

    record ArticleFile(List<Article> articles) {}

    record AdvertiserFile(List<Advertiser> advertisers) {}

    record PriceFile(List<Price> prices) {}

    record BookingFile(List<Booking> bookings) {}
}
