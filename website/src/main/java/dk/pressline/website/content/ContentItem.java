package dk.pressline.website.content;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * An article, event, job or sponsored item as search-service's reader API gives it. The accessors read the fields a
 * page shows; a field the service did not send reads as {@code null} or empty.
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
        Map<String, Object> fields,
        Map<String, List<String>> highlights,
        Sponsor sponsored) {

    public ContentItem {
        fields = fields == null ? Map.of() : fields;
        highlights = highlights == null ? Map.of() : highlights;
    }

    /** The label a paid item must be shown with, and who paid for it. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Sponsor(String label, String advertiser) {
    }

    public record Theme(String slug, String name) {
    }

    public record Image(String url, String caption, String credit, String altText) {
    }

    public record Event(String organiser, String title, String description, LocalDate date, LocalTime startTime,
            String place) {
    }

    public record Job(String employer, String title, String location, LocalDate deadline) {
    }

    public record Correction(String note, Instant correctedAt) {
    }

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

    public String headline() {
        return text("headline");
    }

    public String teaser() {
        return text("teaser");
    }

    public String bodyHtml() {
        return text("body");
    }

    public String signOff() {
        return text("signOff");
    }

    /** {@code da} or {@code en}; {@code null} for placements, which carry no language. */
    public String language() {
        return text("language");
    }

    public String imageUrl() {
        return text("imageUrl");
    }

    public Instant publishedAt() {
        return parsed(text("publishedAt"), Instant::parse);
    }

    public Instant updatedAt() {
        return parsed(text("updatedAt"), Instant::parse);
    }

    /** Whether the article was changed after it was first published. */
    public boolean wasUpdated() {
        var published = publishedAt();
        var updated = updatedAt();
        return published != null && updated != null && updated.isAfter(published);
    }

    public List<String> authors() {
        return list("byline").stream().map(author -> string(author.get("name"))).filter(name -> name != null)
                .toList();
    }

    public List<Theme> themes() {
        return list("themes").stream().map(theme -> new Theme(string(theme.get("slug")), string(theme.get("name"))))
                .filter(theme -> theme.slug() != null).toList();
    }

    /** The corrections made since the article was first published, oldest first. */
    public List<Correction> corrections() {
        return list("corrections").stream().map(correction -> new Correction(string(correction.get("note")),
                parsed(string(correction.get("correctedAt")), Instant::parse)))
                .filter(correction -> correction.note() != null).toList();
    }

    public Image leadImage() {
        var image = map("leadImage");
        if (image == null || string(image.get("url")) == null) {
            return null;
        }
        return new Image(string(image.get("url")), string(image.get("caption")), string(image.get("credit")),
                string(image.get("altText")));
    }

    public Event event() {
        var event = map("event");
        if (event == null) {
            return null;
        }
        return new Event(string(event.get("organiser")), string(event.get("title")),
                string(event.get("description")), parsed(string(event.get("date")), LocalDate::parse),
                parsed(string(event.get("startTime")), LocalTime::parse), string(event.get("place")));
    }

    public Job job() {
        var job = map("job");
        if (job == null) {
            return null;
        }
        return new Job(string(job.get("employer")), string(job.get("title")), string(job.get("location")),
                parsed(string(job.get("deadline")), LocalDate::parse));
    }

    /** The highlighted passages of a field, or empty when the field did not match. */
    public List<List<Highlights.Segment>> highlighted(String field) {
        return highlights.getOrDefault(field, List.of()).stream().map(Highlights::segments).toList();
    }

    private String text(String field) {
        return string(fields.get(field));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> map(String field) {
        return fields.get(field) instanceof Map<?, ?> value ? (Map<String, Object>) value : null;
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> list(String field) {
        if (!(fields.get(field) instanceof List<?> values)) {
            return List.of();
        }
        return values.stream().filter(Map.class::isInstance).map(value -> (Map<String, Object>) value).toList();
    }

    /** A date or time, or {@code null} when there is none or it is not one: the page shows the item without it. */
    private static <T> T parsed(String value, Function<String, T> parser) {
        if (value == null) {
            return null;
        }
        try {
            return parser.apply(value);
        }
        catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String string(Object value) {
        return value == null ? null : value.toString();
    }
}
