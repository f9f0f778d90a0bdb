package dk.pressline.website.content;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

/**
 * An article, event, job or sponsored item as search-service's reader API gives it. A field the service did not send
 * reads as {@code null} or empty; fields the service adds later are ignored.
 *
 * @param url for an article its canonical URL; for a placement sponsor-service's click redirect, the only link a
 *     page may use for it
 * @param highlights matching passages per field, HTML-escaped with matches in {@code <em>}
 * @param sponsored the disclosure of a paid item; {@code null} for editorial content
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ContentItem(
        String id,
        String type,
        String slug,
        String url,
        Fields fields,
        Map<String, List<String>> highlights,
        Sponsor sponsored) {

    public ContentItem {
        fields = fields == null ? Fields.NONE : fields;
        highlights = highlights == null ? Map.of() : highlights;
    }

    /**
     * The fields search-service sent: a search or listing sends the default ones, an article page every one.
     *
     * @param body the article's body as HTML, to be sanitised before it is rendered
     * @param language {@code da} or {@code en}; {@code null} for placements, which carry no language
     * @param corrections the corrections made since the article was first published, oldest first
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Fields(
            String headline,
            String teaser,
            String body,
            List<Author> byline,
            String signOff,
            Image leadImage,
            Section section,
            List<Theme> themes,
            String language,
            Instant publishedAt,
            Instant updatedAt,
            List<Correction> corrections,
            String imageUrl,
            String logoUrl,
            Event event,
            Job job) {

        static final Fields NONE = new Fields(
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);

        public Fields {
            byline = byline == null ? List.of() : byline;
            themes = themes == null ? List.of() : themes;
            corrections = corrections == null ? List.of() : corrections;
        }

        /** The byline's names, as the page lists them. */
        public List<String> authors() {
            return byline.stream().map(Author::name).toList();
        }

        /** Whether the article was changed after it was first published. */
        public boolean wasUpdated() {
            return publishedAt != null && updatedAt != null && updatedAt.isAfter(publishedAt);
        }
    }

    /** The label a paid item must be shown with, and who paid for it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Sponsor(String label, String advertiser) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Author(String id, String name) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Section(String slug, String name) {}

    /** @param name {@code null} for a placement's theme, which carries only the slug */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Theme(String slug, String name) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Image(String url, String caption, String credit, String altText) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Event(
            String organiser, String title, String description, LocalDate date, LocalTime startTime, String place) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Job(String employer, String title, String location, LocalDate deadline) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Correction(String note, Instant correctedAt) {}

    public boolean isArticle() {
        return "article".equals(type);
    }

    public boolean isSponsored() {
        return sponsored != null;
    }

    /** Where a link to the item goes: the article's page on this site, or the click redirect of a paid item. */
    public String href() {
        return isArticle() && slug != null ? "/artikel/" + slug : url;
    }

    /** The highlighted passages of a field, or empty when the field did not match. */
    public List<List<Highlights.Segment>> highlighted(String field) {
        return highlights.getOrDefault(field, List.of()).stream()
                .map(Highlights::segments)
                .toList();
    }
}
