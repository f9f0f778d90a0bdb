package dk.pressline.deploy.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The requests the loader sends carry the shapes the APIs take, with the demo's days counted from today. */
class DemoRequestsTests {

    private static final URI NOWHERE = URI.create("http://localhost:1");

    private final DemoFiles files = DemoFiles.read();

    @Test
    void anEventListingRunsFromTodayInDenmarkUntilTheEventDay() {
        // 23:30 UTC on 30 November is already 1 December in Copenhagen.
        var clock = Clock.fixed(Instant.parse("2026-11-30T23:30:00Z"), ZoneOffset.UTC);
        var loader = new DemoContent(files, null, NOWHERE, NOWHERE, clock);
        var listing = files.bookings().stream()
                .filter(booking -> booking.event() != null)
                .findFirst()
                .orElseThrow();

        var json = DemoApi.json(loader.request(listing));

        var eventDay =
                LocalDate.of(2026, 12, 1).plusDays(listing.event().inDays()).toString();
        assertThat(json)
                .contains(
                        "\"product\":\"EVENT_LISTING\"",
                        "\"firstDay\":\"2026-12-01\"",
                        "\"lastDay\":\"" + eventDay + "\"",
                        "\"date\":\"" + eventDay + "\"",
                        "\"startTime\":\"" + listing.event().startTime() + "\"",
                        "\"organiser\":",
                        "\"linkUrl\":\"" + listing.creative().linkUrl() + "\"")
                .doesNotContain("advertiserId", "inDays");
    }

    @Test
    void aJobAdCarriesItsDeadlineAsADate() {
        var clock = Clock.fixed(Instant.parse("2026-11-27T09:00:00Z"), ZoneOffset.UTC);
        var loader = new DemoContent(files, null, NOWHERE, NOWHERE, clock);
        var ad = files.bookings().stream()
                .filter(booking -> booking.job() != null)
                .findFirst()
                .orElseThrow();

        var json = DemoApi.json(loader.request(ad));

        var deadline =
                LocalDate.of(2026, 11, 27).plusDays(ad.job().deadlineInDays()).toString();
        assertThat(json)
                .contains(
                        "\"product\":\"JOB_AD\"",
                        "\"deadline\":\"" + deadline + "\"",
                        "\"employer\":\"" + ad.job().employer() + "\"");
    }

    @Test
    void readAlsoKeysBecomeTheIdsOfArticlesLoadedBeforeAndUnknownOnesAreLeftOut() {
        var linking = files.articles().stream()
                .filter(article -> article.readAlso().size() >= 2)
                .findFirst()
                .orElseThrow();
        var first = linking.readAlso().getFirst();

        var request = DemoContent.articleRequest(linking, Map.of(first, "6f1c0a52-0000-4000-8000-000000000001"));

        assertThat(request.readAlso()).containsExactly("6f1c0a52-0000-4000-8000-000000000001");
        assertThat(request.slug()).isEqualTo(linking.key());
        assertThat(request.bodyHtml()).startsWith(linking.body().getFirst());
        assertThat(DemoApi.json(request))
                .contains(
                        "\"authorIds\":",
                        "\"sectionSlug\":",
                        "\"themeSlugs\":",
                        "\"leadImage\":{\"url\":",
                        "\"altText\":",
                        "\"language\":\"" + linking.language() + "\"");
        assertThat(List.of(request.headline(), request.teaser())).doesNotContainNull();
    }
}
