package dk.pressline.deploy.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The loader against {@link PlatformStubs}, WireMock standing in for the gateway and token issuer: which calls it
 * makes, as whom, with which fields, in which order, and that it creates nothing a platform already holds. Whether the
 * real services accept every demo text is for the end-to-end run against the platform.
 */
class DemoContentLoadingTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);

    private final DemoFiles files = DemoFiles.read();
    private final PlatformStubs platform = new PlatformStubs();

    @AfterEach
    void stopStandIn() {
        platform.close();
    }

    @Test
    void loadingCreatesTheTaxonomyAndPublishesEveryArticleOldestFirst() {
        load();

        var authors = platform.created("/api/authors");
        var sections = platform.created("/api/sections");
        var themes = platform.created("/api/themes");
        assertThat(authors).hasSameSizeAs(files.taxonomy().authors());
        assertThat(sections).hasSameSizeAs(files.taxonomy().sections());
        assertThat(themes).hasSameSizeAs(files.taxonomy().themes());
        assertThat(platform.created("/api/articles"))
                .hasSameSizeAs(files.articles())
                .allSatisfy(article -> {
                    assertThat(fieldsOf(article)).isSubsetOf(PlatformStubs.ARTICLE_FIELDS);
                    assertThat(texts(article.path("authorIds"))).isSubsetOf(texts(authors, "id"));
                    assertThat(texts(sections, "slug"))
                            .contains(article.path("sectionSlug").asString());
                    assertThat(texts(article.path("themeSlugs"))).isSubsetOf(texts(themes, "slug"));
                });
        var oldestFirst = files.articles().stream()
                .sorted(Comparator.comparingInt(DemoFiles.Article::daysAgo).reversed())
                .map(DemoFiles.Article::key)
                .toList();
        assertThat(platform.idsActedOn("articles", "submit"))
                .map(PlatformStubs::slugOf)
                .containsExactlyElementsOf(oldestFirst);
        assertThat(platform.idsActedOn("articles", "publish"))
                .map(PlatformStubs::slugOf)
                .containsExactlyElementsOf(oldestFirst);
        assertThat(platform.calls())
                .filteredOn(call ->
                        call.path().startsWith("/api/articles") || call.path().startsWith("/api/authors"))
                .allSatisfy(call -> assertThat(call.user()).isEqualTo("editor"));
    }

    @Test
    void readAlsoLinksPointAtTheIdsOfTheDemoArticlesTheyName() {
        load();

        var created = platform.created("/api/articles");
        assertThat(files.articles())
                .allSatisfy(article -> assertThat(created.stream()
                                .filter(request ->
                                        request.path("slug").asString().equals(article.key()))
                                .findFirst()
                                .orElseThrow()
                                .path("readAlso")
                                .valueStream()
                                .map(id -> PlatformStubs.slugOf(id.asString()))
                                .toList())
                        .as("\"Læs også\" of %s", article.key())
                        .containsExactlyElementsOf(article.readAlso()));
    }

    @Test
    void advertisersAndPricesAreMadeBySalesAndBookingsByTheirOwnAdvertiserThenApprovedBySales() {
        load();

        assertThat(platform.created("/api/advertisers"))
                .allSatisfy(advertiser -> assertThat(fieldsOf(advertiser)).isSubsetOf(PlatformStubs.ADVERTISER_FIELDS))
                .extracting(advertiser -> advertiser.path("id").asString())
                .containsExactlyInAnyOrder("ad-nordlys", "ad-groenhave");
        assertThat(platform.created("/api/prices"))
                .hasSameSizeAs(files.prices())
                .allSatisfy(price -> {
                    assertThat(fieldsOf(price)).isSubsetOf(PlatformStubs.PRICE_FIELDS);
                    assertThat(price.path("validFrom").asString()).isEqualTo(TODAY.toString());
                    assertThat(price.path("validUntil").isNull()).isTrue();
                });
        var booked = platform.calls().stream()
                .filter(call -> call.method().equals("POST") && call.path().equals("/api/bookings"))
                .toList();
        assertThat(booked)
                .hasSameSizeAs(files.bookings())
                .allSatisfy(call -> assertThat(fieldsOf(call.body())).isSubsetOf(PlatformStubs.BOOKING_FIELDS));
        assertThat(booked)
                .extracting(call -> advertiserOf(call.user()))
                .containsExactlyInAnyOrderElementsOf(files.bookings().stream()
                        .map(DemoFiles.Booking::advertiserId)
                        .toList());
        assertThat(platform.idsActedOn("bookings", "approve"))
                .containsExactlyInAnyOrderElementsOf(booked.stream()
                        .map(call -> call.answer().path("id").asString())
                        .toList());
        assertThat(platform.calls())
                .filteredOn(call -> call.path().endsWith("/approve"))
                .allSatisfy(call -> assertThat(call.user()).isEqualTo("sales"));
        assertThat(platform.calls())
                .filteredOn(call ->
                        call.path().startsWith("/api/bookings") && !call.path().endsWith("/approve"))
                .allSatisfy(call -> assertThat(call.user()).isIn(PlatformStubs.ADVERTISER_USERS.values()));
    }

    @Test
    void loadingTwiceCreatesNothingTwice() {
        load();
        platform.holdAllOf(files, TODAY);
        var afterFirst = platform.calls().size();

        load();

        var secondRun = platform.calls().subList(afterFirst, platform.calls().size());
        assertThat(secondRun).isNotEmpty().noneMatch(PlatformStubs.Call::creates);
    }

    @Test
    void aLoadThatStoppedHalfwayIsCarriedOnWithoutCreatingAgain() {
        var oldest = files.articles().stream()
                .max(Comparator.comparingInt(DemoFiles.Article::daysAgo))
                .orElseThrow();
        platform.holdDraft(oldest.key());
        var first = files.bookings().getFirst();
        platform.holdRequestedBooking(first, "requested-booking");

        load();

        assertThat(platform.created("/api/articles"))
                .hasSize(files.articles().size() - 1)
                .noneMatch(article -> article.path("slug").asString().equals(oldest.key()));
        assertThat(platform.idsActedOn("articles", "publish")).contains(PlatformStubs.articleId(oldest.key()));
        assertThat(platform.created("/api/bookings"))
                .hasSize(files.bookings().size() - 1)
                .noneMatch(booking -> booking.path("product").asString().equals(first.product())
                        && booking.path("content")
                                .path("creative")
                                .path("title")
                                .asString()
                                .equals(first.creative().title()));
        assertThat(platform.idsActedOn("bookings", "approve")).contains("requested-booking");
    }

    @Test
    void aTakenNewsletterSlotIsLeftOutAndEverythingElseLoads() {
        platform.takeSlot("NEWSLETTER_SPONSOR");

        load();

        assertThat(platform.created("/api/bookings"))
                .hasSize(files.bookings().size() - 1)
                .noneMatch(booking -> booking.path("product").asString().equals("NEWSLETTER_SPONSOR"));
        assertThat(platform.idsActedOn("bookings", "approve"))
                .hasSize(files.bookings().size() - 1);
        assertThat(platform.idsActedOn("articles", "publish")).hasSameSizeAs(files.articles());
    }

    private void load() {
        new DemoContent(files, HttpClient.newHttpClient(), platform.uri(), platform.uri(), CLOCK).load();
    }

    private static String advertiserOf(String user) {
        return PlatformStubs.ADVERTISER_USERS.entrySet().stream()
                .filter(entry -> entry.getValue().equals(user))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow();
    }

    private static Set<String> fieldsOf(JsonNode request) {
        return request.properties().stream().map(Map.Entry::getKey).collect(Collectors.toSet());
    }

    private static List<String> texts(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }

    private static List<String> texts(List<JsonNode> entries, String field) {
        return entries.stream().map(entry -> entry.path(field).asString()).toList();
    }
}
