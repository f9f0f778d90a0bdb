package dk.pressline.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.pressline.events.article.ArticlePublished;
import dk.pressline.events.article.ArticleSnapshot;
import dk.pressline.events.placement.PlacementActivated;
import dk.pressline.events.placement.PlacementSnapshot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventInvariantsTests {

    @Test
    void aPlacementWithoutDisclosureLabelIsRejected() {
        assertThatThrownBy(() -> placementWith(" ", "Grøn Energi A/S"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("disclosure label");
        assertThatThrownBy(() -> placementWith(null, "Grøn Energi A/S")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPlacementWithoutAdvertiserNameIsRejected() {
        assertThatThrownBy(() -> placementWith(PlacementSnapshot.SPONSORED_LABEL, ""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("advertiser");
        assertThatThrownBy(() -> placementWith(PlacementSnapshot.SPONSORED_LABEL, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPlacementFlightMustNotEndBeforeItStarts() {
        var p = EventFixtures.placementSnapshot();
        assertThatThrownBy(() -> new PlacementSnapshot(
                        p.bookingId(),
                        p.revision(),
                        p.advertiserId(),
                        p.advertiserName(),
                        p.label(),
                        p.product(),
                        p.flightEnd(),
                        p.flightStart(),
                        p.themes(),
                        p.creative(),
                        p.event(),
                        p.job()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void requiredFieldsRejectNull() {
        var article = EventFixtures.articleSnapshot();
        assertThatThrownBy(() -> new ArticlePublished(null, Instant.now(), article.articleId(), article))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("eventId");
        assertThatThrownBy(() -> new ArticleSnapshot(
                        article.articleId(),
                        1,
                        article.slug(),
                        article.previousSlugs(),
                        article.canonicalUrl(),
                        article.language(),
                        null,
                        article.teaser(),
                        article.bodyHtml(),
                        article.authors(),
                        article.signOff(),
                        article.section(),
                        article.themes(),
                        article.leadImage(),
                        article.readAlso(),
                        article.source(),
                        article.firstPublishedAt(),
                        article.lastUpdatedAt(),
                        article.corrections()))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("headline");
    }

    @Test
    void optionalFieldsMayBeNull() {
        var a = EventFixtures.articleSnapshot();
        var bare = new ArticleSnapshot(
                a.articleId(),
                1,
                a.slug(),
                List.of(),
                a.canonicalUrl(),
                "en",
                a.headline(),
                "",
                a.bodyHtml(),
                List.of(),
                null,
                a.section(),
                List.of(),
                null,
                List.of(),
                null,
                a.firstPublishedAt(),
                a.lastUpdatedAt(),
                List.of());
        assertThat(bare.leadImage()).isNull();
        assertThat(bare.signOff()).isNull();
    }

    @Test
    void snapshotsCopyTheirListsSoTheyCannotChangeAfterwards() {
        var a = EventFixtures.articleSnapshot();
        var slugs = new ArrayList<>(List.of("old-slug"));
        var snapshot = new ArticleSnapshot(
                a.articleId(),
                1,
                a.slug(),
                slugs,
                a.canonicalUrl(),
                a.language(),
                a.headline(),
                a.teaser(),
                a.bodyHtml(),
                a.authors(),
                a.signOff(),
                a.section(),
                a.themes(),
                a.leadImage(),
                a.readAlso(),
                a.source(),
                a.firstPublishedAt(),
                a.lastUpdatedAt(),
                a.corrections());
        slugs.add("sneaked-in");
        assertThat(snapshot.previousSlugs()).containsExactly("old-slug");
        assertThatThrownBy(() -> snapshot.previousSlugs().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void anEventMustCarryTheSnapshotOfItsOwnAggregate() {
        assertThatThrownBy(() -> new ArticlePublished(
                        UUID.randomUUID(), Instant.now(), UUID.randomUUID(), EventFixtures.articleSnapshot()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PlacementActivated(
                        UUID.randomUUID(), Instant.now(), UUID.randomUUID(), EventFixtures.placementSnapshot()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aggregateIdIsTheIdTheTopicIsKeyedBy() {
        assertThat(EventFixtures.articleUpdated().aggregateId()).isEqualTo(EventFixtures.ARTICLE_ID.toString());
        assertThat(EventFixtures.placementWithdrawn().aggregateId()).isEqualTo(EventFixtures.BOOKING_ID.toString());
        assertThat(EventFixtures.placementClickRecorded().aggregateId()).isEqualTo(EventFixtures.BOOKING_ID.toString());
        assertThat(EventFixtures.deliveryRequested().aggregateId()).isEqualTo(EventFixtures.SUBSCRIBER_ID.toString());
    }

    private static PlacementSnapshot placementWith(String label, String advertiserName) {
        var p = EventFixtures.placementSnapshot();
        return new PlacementSnapshot(
                p.bookingId(),
                p.revision(),
                p.advertiserId(),
                advertiserName,
                label,
                p.product(),
                p.flightStart(),
                p.flightEnd(),
                p.themes(),
                p.creative(),
                p.event(),
                p.job());
    }
}
