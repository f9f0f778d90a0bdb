package dk.pressline.search.relevance;

import dk.pressline.events.PresslineEvent;
import dk.pressline.events.article.ArticlePublished;
import dk.pressline.events.article.ArticleSnapshot;
import dk.pressline.events.article.Author;
import dk.pressline.events.article.Image;
import dk.pressline.events.article.Section;
import dk.pressline.events.article.Theme;
import dk.pressline.events.placement.Creative;
import dk.pressline.events.placement.EventListing;
import dk.pressline.events.placement.JobAd;
import dk.pressline.events.placement.PlacementActivated;
import dk.pressline.events.placement.PlacementSnapshot;
import dk.pressline.events.placement.Product;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A realistic Danish corpus for judging relevance, composed deterministically from the topic material in
 * {@code relevance/corpus-material.json}: 512 articles (16 topics, 4 headlines each in 8 cities), and the events,
 * jobs and sponsored items the material lists. Every document is tagged with what it is about as it is composed;
 * {@link JudgedQueries} grades documents by those tags alone.
 */
final class RelevanceCorpus {

    private static final int SEED = 20_261_207;
    private static final int TOPIC_SENTENCES = 3;
    private static final double MENTION_CHANCE = 0.35;
    private static final int MAX_AGE_DAYS = 730;
    private static final Map<String, String> NAMES = Map.of("oekonomi", "Økonomi");

    private final List<PresslineEvent> events = new ArrayList<>();
    private final Map<String, Set<String>> tags = new HashMap<>();
    private final Random random = new Random(SEED);
    private final Instant now;

    private RelevanceCorpus(Instant now) {
        this.now = now;
    }

    /** The corpus as it stands at {@code now}: articles published up to two years before, placements in flight. */
    static RelevanceCorpus composedAt(Instant now) {
        var corpus = new RelevanceCorpus(now);
        var material = material();
        corpus.composeArticles(material);
        corpus.composeEvents(material.get("events"));
        corpus.composeJobs(material.get("jobs"));
        corpus.composeSponsored(material.get("sponsored"));
        return corpus;
    }

    List<PresslineEvent> events() {
        return Collections.unmodifiableList(events);
    }

    /** What the document with this id is about, as {@code kind:value} tags. */
    Set<String> tagsOf(String id) {
        return tags.getOrDefault(id, Set.of());
    }

    int size() {
        return tags.size();
    }

    private void composeArticles(JsonNode material) {
        var cities = strings(material.get("cities"));
        var topics = new ArrayList<JsonNode>();
        material.get("topics").forEach(topics::add);
        var filler = strings(material.get("filler"));
        int number = 0;
        for (var topic : topics) {
            var headlines = strings(topic.get("headlines"));
            for (var headlineTemplate : headlines) {
                for (var city : cities) {
                    var tagged = new LinkedHashSet<String>();
                    var topicId = topic.get("id").asString();
                    tagged.add("type:article");
                    tagged.add("topic:" + topicId);
                    tagged.add("section:" + topic.get("section").asString());
                    var headline = taggedText(headlineTemplate, "about:", tagged);
                    if (headline.contains("{by")) {
                        tagged.add("city:" + slug(city));
                        headline = headline.replace("{bys}", city + "s").replace("{by}", city);
                    }
                    var teaser = pick(strings(topic.get("teasers")));
                    var sentences = new ArrayList<String>();
                    var own = new ArrayList<>(strings(topic.get("body")));
                    Collections.shuffle(own, random);
                    own.subList(0, TOPIC_SENTENCES)
                            .forEach(sentence -> sentences.add(taggedText(sentence, "name:", tagged)));
                    sentences.add(pick(filler));
                    if (random.nextDouble() < MENTION_CHANCE) {
                        var other = topics.get(random.nextInt(topics.size()));
                        if (!other.get("id").asString().equals(topicId)) {
                            tagged.add("mention:" + other.get("id").asString());
                            sentences.add(taggedText(pick(strings(other.get("body"))), "name:", tagged));
                        }
                    }
                    sentences.add(pick(filler));
                    var body = new StringBuilder();
                    sentences.forEach(
                            sentence -> body.append("<p>").append(sentence).append("</p>"));
                    var id = UUID.nameUUIDFromBytes(("relevance-article-" + number++).getBytes(StandardCharsets.UTF_8));
                    var published = now.minus(Duration.ofHours(random.nextInt(MAX_AGE_DAYS * 24)));
                    var themes = strings(topic.get("themes")).stream()
                            .map(slug -> new Theme(slug, nameOf(slug)))
                            .toList();
                    var section = topic.get("section").asString();
                    var urlSlug = slug(headline) + "-" + id.toString().substring(0, 8);
                    var snapshot = new ArticleSnapshot(
                            id,
                            1,
                            urlSlug,
                            List.of(),
                            "https://pressline.dk/artikel/" + urlSlug,
                            "da",
                            headline,
                            teaser,
                            body.toString(),
                            List.of(new Author("a-1", "Mette Holm")),
                            "mh",
                            new Section(section, nameOf(section)),
                            themes,
                            new Image(
                                    "https://images.pressline.dk/" + urlSlug + ".jpg",
                                    "Billedtekst",
                                    "Foto: Pressline",
                                    "Alternativ tekst"),
                            List.of(),
                            null,
                            published,
                            published,
                            List.of());
                    events.add(new ArticlePublished(UUID.randomUUID(), now, id, snapshot));
                    tags.put(id.toString(), tagged);
                }
            }
        }
    }

    private void composeEvents(JsonNode listings) {
        int number = 0;
        for (var listing : listings) {
            var tagged = placementTags(listing, "type:event");
            tagged.add("kind:" + listing.get("kind").asString());
            tagged.add("eventtopic:" + listing.get("topic").asString());
            var title = listing.get("title").asString();
            var organiser = listing.get("place").asString();
            var date = now.atZone(ZoneId.of("Europe/Copenhagen")).toLocalDate().plusDays(5 + random.nextInt(55));
            var event = new EventListing(
                    organiser,
                    title,
                    listing.get("description").asString(),
                    date,
                    LocalTime.of(10 + random.nextInt(10), 0),
                    listing.get("place").asString());
            place(
                    "event-" + number++,
                    Product.EVENT_LISTING,
                    organiser,
                    List.of(listing.get("topic").asString()),
                    new Creative(
                            title, listing.get("teaser").asString(), "https://example.dk/" + slug(title), null, null),
                    event,
                    null,
                    tagged);
        }
    }

    private void composeJobs(JsonNode ads) {
        int number = 0;
        for (var ad : ads) {
            var tagged = placementTags(ad, "type:job");
            tagged.add("kind:" + ad.get("kind").asString());
            var title = ad.get("title").asString();
            var employer = ad.get("employer").asString();
            var job = new JobAd(
                    employer,
                    title,
                    ad.get("city").asString(),
                    now.atZone(ZoneId.of("Europe/Copenhagen")).toLocalDate().plusDays(30));
            place(
                    "job-" + number++,
                    Product.JOB_AD,
                    employer,
                    List.of("job"),
                    new Creative(title, ad.get("teaser").asString(), "https://example.dk/" + slug(title), null, null),
                    null,
                    job,
                    tagged);
        }
    }

    private void composeSponsored(JsonNode items) {
        int number = 0;
        for (var item : items) {
            var tagged = new LinkedHashSet<String>();
            tagged.add("type:sponsored");
            tagged.add("ad:" + item.get("topic").asString());
            var title = item.get("title").asString();
            place(
                    "sponsored-" + number++,
                    Product.SPONSORED_ARTICLE,
                    item.get("advertiser").asString(),
                    strings(item.get("themes")),
                    new Creative(title, item.get("teaser").asString(), "https://example.dk/" + slug(title), null, null),
                    null,
                    null,
                    tagged);
        }
    }

    private LinkedHashSet<String> placementTags(JsonNode item, String type) {
        var tagged = new LinkedHashSet<String>();
        tagged.add(type);
        tagged.add("city:" + slug(item.get("city").asString()));
        if (item.has("tags")) {
            strings(item.get("tags")).forEach(tag -> tagged.add("tag:" + tag));
        }
        return tagged;
    }

    private void place(
            String name,
            Product product,
            String advertiser,
            List<String> themes,
            Creative creative,
            EventListing event,
            JobAd job,
            Set<String> tagged) {
        var id = UUID.nameUUIDFromBytes(("relevance-" + name).getBytes(StandardCharsets.UTF_8));
        var start = now.minus(Duration.ofDays(1 + random.nextInt(20)));
        var snapshot = new PlacementSnapshot(
                id,
                1,
                "ad-" + slug(advertiser),
                advertiser,
                PlacementSnapshot.SPONSORED_LABEL,
                product,
                start,
                now.plus(Duration.ofDays(40)),
                themes,
                creative,
                event,
                job);
        events.add(new PlacementActivated(UUID.randomUUID(), now, id, snapshot));
        tags.put(id.toString(), tagged);
    }

    /** The text without its leading {@code @tag}, which is added to {@code tagged} under {@code prefix}. */
    private static String taggedText(String text, String prefix, Set<String> tagged) {
        if (!text.startsWith("@")) {
            return text;
        }
        int space = text.indexOf(' ');
        tagged.add(prefix + text.substring(1, space));
        return text.substring(space + 1);
    }

    private String pick(List<String> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static List<String> strings(JsonNode array) {
        var values = new ArrayList<String>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }

    private static String nameOf(String slug) {
        return NAMES.getOrDefault(slug, slug.substring(0, 1).toUpperCase(Locale.ROOT) + slug.substring(1));
    }

    static String slug(String text) {
        return text.toLowerCase(Locale.ROOT)
                .replace("æ", "ae")
                .replace("ø", "oe")
                .replace("å", "aa")
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("(^-|-$)", "");
    }

    private static JsonNode material() {
        try (var in = RelevanceCorpus.class.getResourceAsStream("/relevance/corpus-material.json")) {
            return JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
