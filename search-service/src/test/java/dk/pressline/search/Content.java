package dk.pressline.search;

import dk.pressline.events.article.ArticleLink;
import dk.pressline.events.article.ArticlePublished;
import dk.pressline.events.article.ArticleSnapshot;
import dk.pressline.events.article.ArticleUnpublished;
import dk.pressline.events.article.ArticleUpdated;
import dk.pressline.events.article.Author;
import dk.pressline.events.article.Image;
import dk.pressline.events.article.Section;
import dk.pressline.events.article.Theme;
import dk.pressline.events.placement.Creative;
import dk.pressline.events.placement.EventListing;
import dk.pressline.events.placement.JobAd;
import dk.pressline.events.placement.PlacementActivated;
import dk.pressline.events.placement.PlacementSnapshot;
import dk.pressline.events.placement.PlacementWithdrawn;
import dk.pressline.events.placement.Product;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Articles and placements for search-service's tests, built the way their events carry them. */
public final class Content {

    private Content() {}

    public static ArticleBuilder article(String headline) {
        return new ArticleBuilder(headline);
    }

    public static PlacementBuilder placement(Product product, String title) {
        return new PlacementBuilder(product, title);
    }

    /** An article as article-service would publish it; every setting has a plausible default. */
    public static final class ArticleBuilder {

        private UUID id = UUID.randomUUID();
        private long revision = 1;
        private final String headline;
        private String teaser = "En kort indledning.";
        private String body = "<p>Brødtekst om emnet.</p>";
        private String section = "indland";
        private List<String> themes = List.of("klima");
        private String language = "da";
        private Instant publishedAt = Instant.parse("2026-11-02T08:00:00Z");
        private final List<ArticleLink> readAlso = new ArrayList<>();
        private List<String> previousSlugs = List.of();

        private ArticleBuilder(String headline) {
            this.headline = headline;
        }

        public ArticleBuilder id(UUID id) {
            this.id = id;
            return this;
        }

        public ArticleBuilder revision(long revision) {
            this.revision = revision;
            return this;
        }

        public ArticleBuilder teaser(String teaser) {
            this.teaser = teaser;
            return this;
        }

        public ArticleBuilder body(String bodyHtml) {
            this.body = bodyHtml;
            return this;
        }

        public ArticleBuilder section(String slug) {
            this.section = slug;
            return this;
        }

        public ArticleBuilder themes(String... slugs) {
            this.themes = List.of(slugs);
            return this;
        }

        public ArticleBuilder language(String language) {
            this.language = language;
            return this;
        }

        public ArticleBuilder publishedAt(Instant publishedAt) {
            this.publishedAt = publishedAt;
            return this;
        }

        public ArticleBuilder readAlso(ArticleSnapshot other) {
            readAlso.add(new ArticleLink(other.articleId(), other.slug(), other.headline()));
            return this;
        }

        public ArticleBuilder previousSlugs(String... slugs) {
            this.previousSlugs = List.of(slugs);
            return this;
        }

        public ArticleSnapshot snapshot() {
            var slug = slugOf(headline) + "-" + id.toString().substring(0, 8);
            return new ArticleSnapshot(
                    id,
                    revision,
                    slug,
                    previousSlugs,
                    "https://pressline.dk/artikel/" + slug,
                    language,
                    headline,
                    teaser,
                    body,
                    List.of(new Author("a-1", "Mette Holm")),
                    "mh",
                    new Section(section, capitalised(section)),
                    themes.stream()
                            .map(theme -> new Theme(theme, capitalised(theme)))
                            .toList(),
                    new Image(
                            "https://images.pressline.dk/" + slug + ".jpg",
                            "Billedtekst",
                            "Foto: Pressline",
                            "Alternativ tekst"),
                    List.copyOf(readAlso),
                    null,
                    publishedAt,
                    publishedAt,
                    List.of());
        }

        public ArticlePublished published() {
            return new ArticlePublished(UUID.randomUUID(), Instant.now(), id, snapshot());
        }

        public ArticleUpdated updated() {
            return new ArticleUpdated(UUID.randomUUID(), Instant.now(), id, snapshot());
        }

        public ArticleUnpublished unpublished() {
            return new ArticleUnpublished(UUID.randomUUID(), Instant.now(), id, snapshot(), "Trukket tilbage");
        }
    }

    /** A booking as sponsor-service would activate it; by default it runs from yesterday for 30 days. */
    public static final class PlacementBuilder {

        private UUID id = UUID.randomUUID();
        private long revision = 1;
        private final Product product;
        private final String title;
        private String advertiserId = "ad-nordlys";
        private String advertiserName = "Nordlys Energi A/S";
        private List<String> themes = List.of("klima");
        private Instant flightStart = Instant.now().minus(Duration.ofDays(1));
        private Instant flightEnd = Instant.now().plus(Duration.ofDays(30));
        private EventListing event;
        private JobAd job;

        private PlacementBuilder(Product product, String title) {
            this.product = product;
            this.title = title;
        }

        public PlacementBuilder id(UUID id) {
            this.id = id;
            return this;
        }

        public PlacementBuilder revision(long revision) {
            this.revision = revision;
            return this;
        }

        public PlacementBuilder advertiser(String id, String name) {
            this.advertiserId = id;
            this.advertiserName = name;
            return this;
        }

        public PlacementBuilder themes(String... slugs) {
            this.themes = List.of(slugs);
            return this;
        }

        public PlacementBuilder flight(Instant start, Instant end) {
            this.flightStart = start;
            this.flightEnd = end;
            return this;
        }

        public PlacementBuilder event(LocalDate date, LocalTime startTime, String place) {
            this.event = new EventListing(advertiserName, title, "Beskrivelse af " + title, date, startTime, place);
            return this;
        }

        public PlacementBuilder job(String location, LocalDate deadline) {
            this.job = new JobAd(advertiserName, title, location, deadline);
            return this;
        }

        public PlacementSnapshot snapshot() {
            return new PlacementSnapshot(
                    id,
                    revision,
                    advertiserId,
                    advertiserName,
                    PlacementSnapshot.SPONSORED_LABEL,
                    product,
                    flightStart,
                    flightEnd,
                    themes,
                    new Creative(title, "Teaser for " + title, "https://example.dk/" + slugOf(title), null, null),
                    event,
                    job);
        }

        public PlacementActivated activated() {
            return new PlacementActivated(UUID.randomUUID(), Instant.now(), id, snapshot());
        }

        public PlacementWithdrawn withdrawn() {
            return new PlacementWithdrawn(UUID.randomUUID(), Instant.now(), id, snapshot(), "Annulleret");
        }
    }

    private static String slugOf(String text) {
        return text.toLowerCase(Locale.ROOT)
                .replace("æ", "ae")
                .replace("ø", "oe")
                .replace("å", "aa")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
    }

    private static String capitalised(String slug) {
        return slug.substring(0, 1).toUpperCase(Locale.ROOT) + slug.substring(1);
    }
}
