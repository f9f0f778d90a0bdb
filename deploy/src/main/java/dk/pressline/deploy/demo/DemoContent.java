package dk.pressline.deploy.demo;

import static dk.pressline.deploy.demo.DemoApi.encoded;
import static dk.pressline.deploy.demo.DemoApi.expect;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * Loads the demo content into a running platform through its public APIs, behind the gateway: the taxonomy and the
 * articles as the editor (create, submit, publish, oldest first), the advertisers and prices as sales, and the
 * bookings as each advertiser, approved by sales.
 *
 * <p>Running it again creates nothing twice: authors, sections and themes are looked up by id or slug, articles by
 * their slug (the demo key), advertisers by id, prices by product (one that applies today is enough), and bookings by
 * product and creative title among the advertiser's requested, approved and live bookings. Whatever an earlier,
 * interrupted run left half done (a draft, a booking waiting for approval) is carried on.
 *
 * <p>The article API publishes "now"; it cannot backdate. The files' {@code daysAgo} therefore only orders the
 * publishing, so the newest demo article is also the newest on the site.
 */
public final class DemoContent {

    static final ZoneId DANISH_TIME = ZoneId.of("Europe/Copenhagen");

    private static final Logger log = LoggerFactory.getLogger(DemoContent.class);
    private static final User EDITOR = new User("editor", "editor-secret");
    private static final User SALES = new User("sales", "sales-secret");
    /** Which demo user books for which advertiser: the {@code advertiser_id} claim of their tokens. */
    private static final Map<String, User> ADVERTISER_USERS = Map.of(
            "ad-nordlys", new User("advertiser", "advertiser-secret"),
            "ad-groenhave", new User("advertiser-2", "advertiser-2-secret"));

    private static final Set<String> HOLDING = Set.of("REQUESTED", "APPROVED", "ACTIVE");
    private static final int PAGE_SIZE = 100;

    private final DemoFiles files;
    private final HttpClient http;
    private final URI gateway;
    private final URI tokenIssuer;
    private final LocalDate today;

    DemoContent(DemoFiles files, HttpClient http, URI gateway, URI tokenIssuer, Clock clock) {
        this.files = files;
        this.http = http;
        this.gateway = gateway;
        this.tokenIssuer = tokenIssuer;
        this.today = LocalDate.now(clock.withZone(DANISH_TIME));
    }

    /**
     * Loads the demo content through the gateway, with tokens from the token issuer.
     *
     * @throws DemoLoadException when the platform refuses a call; what was created before it stays, and a new run
     *         carries on from there
     */
    public static void load(URI gateway, URI tokenIssuer) {
        // HTTP/1.1: no h2c upgrade attempts against the services' plain-HTTP ports.
        var http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
        new DemoContent(DemoFiles.read(), http, gateway, tokenIssuer, Clock.systemUTC()).load();
    }

    /** Arguments: the gateway (default http://localhost:8080) and the token issuer (default http://localhost:9000). */
    public static void main(String[] args) {
        try {
            load(
                    URI.create(args.length > 0 ? args[0] : "http://localhost:8080"),
                    URI.create(args.length > 1 ? args[1] : "http://localhost:9000"));
        } catch (DemoLoadException e) {
            log.error("Demo: stopped: {}", e.getMessage());
            System.exit(1);
        }
    }

    void load() {
        log.info(
                "Demo: loading through {} ({} articles, {} bookings)",
                gateway,
                files.articles().size(),
                files.bookings().size());
        var editor = signIn(EDITOR);
        loadTaxonomy(editor);
        loadArticles(editor);
        var sales = signIn(SALES);
        loadAdvertisers(sales);
        loadPrices(sales);
        loadBookings(sales);
        log.info("Demo: done");
    }

    private void loadTaxonomy(DemoApi editor) {
        var taxonomy = files.taxonomy();
        int authors = addMissing(editor, "/api/authors", "id", taxonomy.authors(), DemoFiles.Author::id);
        int sections = addMissing(editor, "/api/sections", "slug", taxonomy.sections(), DemoFiles.Term::slug);
        int themes = addMissing(editor, "/api/themes", "slug", taxonomy.themes(), DemoFiles.Term::slug);
        log.info(
                "Demo: taxonomy ready ({} authors, {} sections, {} themes created; the rest existed)",
                authors,
                sections,
                themes);
    }

    /** Creates the entries the list at {@code path} lacks; another loader creating one meanwhile (409) is fine. */
    private static <T> int addMissing(DemoApi api, String path, String key, List<T> wanted, Function<T, String> keyOf) {
        var existing = new HashSet<String>();
        expect(api.get(path), "GET " + path, 200)
                .body()
                .forEach(entry -> existing.add(entry.path(key).asString()));
        int created = 0;
        for (var entry : wanted) {
            if (!existing.contains(keyOf.apply(entry))) {
                expect(api.post(path, entry), "POST " + path + " " + keyOf.apply(entry), 201, 409);
                created++;
            }
        }
        return created;
    }

    private void loadArticles(DemoApi editor) {
        var oldestFirst = files.articles().stream()
                .sorted(Comparator.comparingInt(DemoFiles.Article::daysAgo).reversed())
                .toList();
        var ids = new HashMap<String, String>();
        int published = 0;
        int created = 0;
        for (var article : oldestFirst) {
            var found = editor.get("/api/articles/by-slug/" + encoded(article.key()));
            if (found.status() == 301) {
                log.warn("Demo: article {} has been given another slug; left as it is", article.key());
                continue;
            }
            var current =
                    expect(found, "GET article " + article.key(), 200, 404).status() == 200
                            ? found.body()
                            : created(editor, article, ids);
            created += found.status() == 404 ? 1 : 0;
            ids.put(article.key(), current.path("id").asString());
            if (publish(editor, article.key(), current).equals("PUBLISHED")) {
                published++;
                if (published % 5 == 0) {
                    log.info("Demo: {}/{} articles published", published, oldestFirst.size());
                }
            }
        }
        log.info(
                "Demo: {}/{} articles published ({} created now; the rest existed)",
                published,
                oldestFirst.size(),
                created);
    }

    private static JsonNode created(DemoApi editor, DemoFiles.Article article, Map<String, String> ids) {
        return expect(
                        editor.post("/api/articles", articleRequest(article, ids)),
                        "POST /api/articles " + article.key(),
                        201)
                .body();
    }

    /** The article as article-service takes it; "Læs også" keys become the ids of the articles loaded before. */
    static ArticleRequest articleRequest(DemoFiles.Article article, Map<String, String> ids) {
        var readAlso = new ArrayList<String>();
        for (var key : article.readAlso()) {
            if (ids.containsKey(key)) {
                readAlso.add(ids.get(key));
            } else {
                log.warn("Demo: \"Læs også\" {} of {} is not loaded before it; left out", key, article.key());
            }
        }
        var image = article.leadImage();
        return new ArticleRequest(
                article.headline(),
                article.teaser(),
                article.bodyHtml(),
                article.authors(),
                article.signOff(),
                article.section(),
                article.themes(),
                article.language(),
                image == null
                        ? null
                        : new LeadImageRequest(image.url(), image.caption(), image.credit(), image.altText()),
                readAlso,
                article.key());
    }

    /** Moves the article on to published: a draft is submitted first. Scheduled or retracted ones are left alone. */
    private static String publish(DemoApi editor, String key, JsonNode article) {
        var id = article.path("id").asString();
        var status = article.path("status").asString();
        if (status.equals("DRAFT")) {
            status = expect(editor.post("/api/articles/" + id + "/submit", null), "submit " + key, 200)
                    .body()
                    .path("status")
                    .asString();
        }
        if (status.equals("IN_REVIEW")) {
            status = expect(editor.post("/api/articles/" + id + "/publish", Map.of()), "publish " + key, 200)
                    .body()
                    .path("status")
                    .asString();
        }
        if (!status.equals("PUBLISHED")) {
            log.warn("Demo: article {} is {}; left as it is", key, status);
        }
        return status;
    }

    private void loadAdvertisers(DemoApi sales) {
        int created = 0;
        for (var advertiser : files.advertisers()) {
            var found = expect(
                    sales.get("/api/advertisers/" + encoded(advertiser.id())),
                    "GET advertiser " + advertiser.id(),
                    200,
                    404);
            if (found.status() == 404) {
                expect(
                        sales.post("/api/advertisers", advertiser),
                        "POST /api/advertisers " + advertiser.id(),
                        201,
                        409);
                created++;
            }
        }
        log.info("Demo: advertisers ready ({} created; the rest existed)", created);
    }

    /** A price from today for each product that has none today, ending where a later price begins. */
    private void loadPrices(DemoApi sales) {
        int created = 0;
        for (var price : files.prices()) {
            var list = expect(sales.get("/api/prices?product=" + price.product()), "GET prices " + price.product(), 200)
                    .body();
            boolean appliesToday = false;
            LocalDate nextStart = null;
            for (var existing : list) {
                var from = LocalDate.parse(existing.path("validFrom").asString());
                var until = existing.path("validUntil").isNull()
                                || existing.path("validUntil").isMissingNode()
                        ? null
                        : LocalDate.parse(existing.path("validUntil").asString());
                if (!from.isAfter(today) && (until == null || until.isAfter(today))) {
                    appliesToday = true;
                } else if (from.isAfter(today) && (nextStart == null || from.isBefore(nextStart))) {
                    nextStart = from;
                }
            }
            if (!appliesToday) {
                expect(
                        sales.post(
                                "/api/prices",
                                new PriceRequest(price.product(), today, nextStart, price.pricePerDay())),
                        "POST /api/prices " + price.product(),
                        201);
                created++;
            }
        }
        log.info("Demo: prices ready ({} created; the rest existed)", created);
    }

    private void loadBookings(DemoApi sales) {
        int booked = 0;
        int live = 0;
        for (var advertiserId : files.bookings().stream()
                .map(DemoFiles.Booking::advertiserId)
                .distinct()
                .toList()) {
            var user = ADVERTISER_USERS.get(advertiserId);
            if (user == null) {
                throw new DemoLoadException("No demo user books for advertiser " + advertiserId);
            }
            var advertiser = signIn(user);
            var holding = holdingBookings(advertiser);
            for (var booking : files.bookings()) {
                if (!booking.advertiserId().equals(advertiserId)) {
                    continue;
                }
                var key = booking.product() + " " + booking.creative().title();
                var existing = holding.get(key);
                if (existing == null) {
                    var made = advertiser.post("/api/bookings", request(booking));
                    if (made.status() == 409) {
                        log.warn("Demo: {} for {} was refused, its days are taken: {}", key, advertiserId, made);
                        continue;
                    }
                    existing = expect(made, "POST /api/bookings " + key, 201).body();
                    booked++;
                }
                if (existing.path("status").asString().equals("REQUESTED")) {
                    var id = existing.path("id").asString();
                    existing = expect(sales.post("/api/bookings/" + id + "/approve", null), "approve " + key, 200)
                            .body();
                }
                live += existing.path("status").asString().equals("ACTIVE") ? 1 : 0;
            }
        }
        log.info(
                "Demo: bookings ready ({} booked; {} live now, the others go live when their flight starts)",
                booked,
                live);
    }

    /** The advertiser's bookings that hold their placement, by product and creative title. */
    private static Map<String, JsonNode> holdingBookings(DemoApi advertiser) {
        var holding = new HashMap<String, JsonNode>();
        int page = 0;
        JsonNode answer;
        do {
            answer = expect(
                            advertiser.get("/api/bookings?size=" + PAGE_SIZE + "&page=" + page),
                            "GET /api/bookings",
                            200)
                    .body();
            for (var booking : answer.path("items")) {
                if (HOLDING.contains(booking.path("status").asString())) {
                    holding.put(
                            booking.path("product").asString() + " "
                                    + booking.path("content")
                                            .path("creative")
                                            .path("title")
                                            .asString(),
                            booking);
                }
            }
            page++;
        } while (page < answer.path("totalPages").asInt());
        return holding;
    }

    /** The booking as sponsor-service takes it from an advertiser, its days counted from today. */
    BookingRequest request(DemoFiles.Booking booking) {
        var event = booking.event();
        var job = booking.job();
        return new BookingRequest(
                booking.product(),
                today.plusDays(booking.startsInDays()),
                today.plusDays(booking.endsInDays()),
                new ContentRequest(
                        booking.themes(),
                        booking.creative(),
                        event == null
                                ? null
                                : new EventRequest(
                                        event.organiser(),
                                        event.title(),
                                        event.description(),
                                        today.plusDays(event.inDays()),
                                        event.startTime(),
                                        event.place()),
                        job == null
                                ? null
                                : new JobRequest(
                                        job.employer(),
                                        job.title(),
                                        job.location(),
                                        today.plusDays(job.deadlineInDays()))));
    }

    private DemoApi signIn(User user) {
        return DemoApi.signIn(http, gateway, tokenIssuer, user.name(), user.secret());
    }

    private record User(String name, String secret) {}

    /** article-service's {@code ArticleContent}. */
    record ArticleRequest(
            String headline,
            String teaser,
            String bodyHtml,
            List<String> authorIds,
            String signOff,
            String sectionSlug,
            List<String> themeSlugs,
            String language,
            LeadImageRequest leadImage,
            List<String> readAlso,
            String slug) {}

    record LeadImageRequest(String url, String caption, String credit, String altText) {}

    record PriceRequest(String product, LocalDate validFrom, LocalDate validUntil, long pricePerDay) {}

    /** sponsor-service's {@code BookingRequests.Book}, for the advertiser's own token (no {@code advertiserId}). */
    record BookingRequest(String product, LocalDate firstDay, LocalDate lastDay, ContentRequest content) {}

    record ContentRequest(List<String> themes, DemoFiles.Creative creative, EventRequest event, JobRequest job) {}

    record EventRequest(
            String organiser, String title, String description, LocalDate date, String startTime, String place) {}

    record JobRequest(String employer, String title, String location, LocalDate deadline) {}
}
