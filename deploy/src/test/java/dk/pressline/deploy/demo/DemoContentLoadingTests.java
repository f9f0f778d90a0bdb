package dk.pressline.deploy.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The loader against {@link PlatformStandIn}, an in-memory stand-in for the gateway and token issuer: which calls it
 * makes, as whom, in which order, and that a second run creates nothing. Whether the real services accept every
 * demo text is for the end-to-end run against the platform.
 */
class DemoContentLoadingTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    private final DemoFiles files = DemoFiles.read();
    private final PlatformStandIn platform = standIn();

    @AfterEach
    void stopStandIn() {
        platform.close();
    }

    @Test
    void loadingCreatesTheTaxonomyAndPublishesEveryArticleOldestFirst() {
        load();

        assertThat(platform.authors).hasSameSizeAs(files.taxonomy().authors());
        assertThat(platform.sections).hasSameSizeAs(files.taxonomy().sections());
        assertThat(platform.themes).hasSameSizeAs(files.taxonomy().themes());
        assertThat(platform.articles.values()).hasSameSizeAs(files.articles())
                .allSatisfy(article -> assertThat(article.path("status").asString()).isEqualTo("PUBLISHED"));
        assertThat(platform.publishOrder).containsExactlyElementsOf(files.articles().stream()
                .sorted(Comparator.comparingInt(DemoFiles.Article::daysAgo).reversed())
                .map(DemoFiles.Article::key).toList());
        assertThat(platform.calls).filteredOn(call -> call.path().startsWith("/api/articles")
                || call.path().startsWith("/api/authors")).allSatisfy(call -> assertThat(call.user()).isEqualTo("editor"));
    }

    @Test
    void readAlsoLinksPointAtTheIdsOfTheDemoArticlesTheyName() {
        load();

        var slugById = platform.articles.values().stream().collect(Collectors.toMap(
                article -> article.path("id").asString(), article -> article.path("content").path("slug").asString()));
        var bySlug = platform.articles.values().stream().collect(Collectors.toMap(
                article -> article.path("content").path("slug").asString(), Function.identity()));
        assertThat(files.articles()).allSatisfy(article -> assertThat(
                bySlug.get(article.key()).path("content").path("readAlso").valueStream()
                        .map(id -> slugById.get(id.asString())).toList())
                .as("\"Læs også\" of %s", article.key()).containsExactlyElementsOf(article.readAlso()));
    }

    @Test
    void advertisersAndPricesAreMadeBySalesAndBookingsByTheirOwnAdvertiserThenApprovedBySales() {
        load();

        assertThat(platform.advertisers).containsOnlyKeys("ad-nordlys", "ad-groenhave");
        assertThat(platform.prices).hasSameSizeAs(files.prices()).allSatisfy(price -> {
            assertThat(price.path("validFrom").asString()).isEqualTo(TODAY.toString());
            assertThat(price.path("validUntil").isNull()).isTrue();
        });
        assertThat(platform.bookings.values()).hasSameSizeAs(files.bookings()).allSatisfy(booking -> {
            assertThat(booking.path("approvedBy").asString()).isEqualTo("sales");
            var startsToday = booking.path("firstDay").asString().equals(TODAY.toString());
            assertThat(booking.path("status").asString()).isEqualTo(startsToday ? "ACTIVE" : "APPROVED");
        });
        Map<String, String> users = Map.of("ad-nordlys", "advertiser", "ad-groenhave", "advertiser-2");
        assertThat(platform.calls).filteredOn(call -> call.method().equals("POST")
                && call.path().equals("/api/bookings")).hasSameSizeAs(files.bookings());
        assertThat(platform.bookings.values()).extracting(booking -> booking.path("advertiserId").asString())
                .containsExactlyInAnyOrderElementsOf(files.bookings().stream()
                        .map(DemoFiles.Booking::advertiserId).toList());
        assertThat(platform.calls).filteredOn(call -> call.path().startsWith("/api/bookings")
                && !call.path().endsWith("/approve")).allSatisfy(call -> assertThat(call.user()).isIn(users.values()));
    }

    @Test
    void loadingTwiceCreatesNothingTwice() {
        load();
        var afterFirst = platform.calls.size();

        load();

        var secondRun = platform.calls.subList(afterFirst, platform.calls.size());
        assertThat(secondRun).isNotEmpty().noneMatch(PlatformStandIn.Call::creates);
        assertThat(platform.articles).hasSameSizeAs(files.articles());
        assertThat(platform.bookings).hasSameSizeAs(files.bookings());
        assertThat(platform.prices).hasSameSizeAs(files.prices());
    }

    @Test
    void aLoadThatStoppedHalfwayIsCarriedOnWithoutCreatingAgain() {
        var oldest = files.articles().stream().max(Comparator.comparingInt(DemoFiles.Article::daysAgo)).orElseThrow();
        var draft = platform.addArticle(oldest.key(), "DRAFT");
        var first = files.bookings().getFirst();
        var requested = platform.addBooking(first.advertiserId(), first.product(), first.creative().title(),
                "REQUESTED");

        load();

        assertThat(draft.path("status").asString()).isEqualTo("PUBLISHED");
        assertThat(platform.articles).hasSameSizeAs(files.articles());
        assertThat(requested.path("status").asString()).isEqualTo("ACTIVE");
        assertThat(platform.bookings).hasSameSizeAs(files.bookings());
    }

    @Test
    void aTakenNewsletterSlotIsLeftOutAndEverythingElseLoads() {
        platform.takenProducts.add("NEWSLETTER_SPONSOR");

        load();

        assertThat(platform.bookings.values())
                .hasSize(files.bookings().size() - 1)
                .noneMatch(booking -> booking.path("product").asString().equals("NEWSLETTER_SPONSOR"));
        assertThat(platform.publishOrder).hasSameSizeAs(files.articles());
    }

    private void load() {
        new DemoContent(files, HttpClient.newHttpClient(), platform.uri(), platform.uri(), CLOCK).load();
    }

    private static PlatformStandIn standIn() {
        try {
            return new PlatformStandIn(TODAY);
        }
        catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
