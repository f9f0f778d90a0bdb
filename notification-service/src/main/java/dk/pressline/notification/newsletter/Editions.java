package dk.pressline.notification.newsletter;

import dk.pressline.events.notification.DeliveryKind;
import dk.pressline.notification.content.Placements;
import dk.pressline.notification.content.PublishedArticles;
import dk.pressline.notification.delivery.FanOut;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Newsletter editions: assembled from the articles published since the previous edition, the upcoming events and the
 * newsletter sponsor in flight, stored once per due time (so several instances assemble one edition), then fanned out
 * to every confirmed subscriber who wants the newsletter.
 */
@Service
public class Editions {

    private static final Logger log = LoggerFactory.getLogger(Editions.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int CACHED_EDITIONS = 16;

    private final PublishedArticles articles;
    private final Placements placements;
    private final FanOut fanOut;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final NewsletterProperties settings;
    private final Map<UUID, EditionContents> cache = new ConcurrentHashMap<>();

    Editions(PublishedArticles articles, Placements placements, FanOut fanOut, JdbcTemplate jdbc, Clock clock,
            NewsletterProperties settings) {
        this.articles = articles;
        this.placements = placements;
        this.fanOut = fanOut;
        this.jdbc = jdbc;
        this.clock = clock;
        this.settings = settings;
    }

    /** What an edition due now would hold, without storing or sending anything. */
    public EditionContents preview() {
        return assembleContents(clock.instant());
    }

    /**
     * Assembles the edition due at this moment, unless it exists already, and queues it for every subscriber who
     * wants the newsletter. An edition whose queueing was cut short is queued again.
     *
     * @return the edition's id
     */
    public UUID publishEditionDueAt(Instant dueAt) {
        var contents = assembleContents(dueAt);
        jdbc.update("""
                insert into editions (edition_id, due_at, covers_from, contents, state, assembled_at)
                values (?, ?, ?, ?::jsonb, 'QUEUEING', ?) on conflict (due_at) do nothing""",
                UUID.randomUUID(), dueAt.atOffset(ZoneOffset.UTC), contents.coversFrom().atOffset(ZoneOffset.UTC),
                JSON.writeValueAsString(contents), clock.instant().atOffset(ZoneOffset.UTC));
        var edition = jdbc.queryForMap("select edition_id, state from editions where due_at = ?",
                dueAt.atOffset(ZoneOffset.UTC));
        var editionId = (UUID) edition.get("edition_id");
        if ("QUEUED".equals(edition.get("state"))) {
            return editionId;
        }
        var stored = contents(editionId).orElseThrow();
        int recipients = stored.isEmpty() ? 0 : fanOut.toSubscribers(DeliveryKind.NEWSLETTER_EDITION,
                editionId.toString(), "select subscriber_id from subscribers where status = 'ACTIVE' and newsletter");
        jdbc.update("update editions set state = 'QUEUED', queued_at = ?, recipients = ? where edition_id = ?",
                clock.instant().atOffset(ZoneOffset.UTC), recipients, editionId);
        log.info("Newsletter edition {} due {} queued for {} subscribers: {} articles, {} events, sponsor {}",
                editionId, dueAt, recipients, stored.articles().size(), stored.events().size(),
                stored.sponsor() == null ? "none" : stored.sponsor().advertiserName());
        return editionId;
    }

    /**
     * Queues again every edition whose queueing started longer ago than {@code stalledFor} and never finished (the
     * instance doing it stopped). Subscribers who got it already are not mailed twice: their deliveries have the same
     * ids, which the delivery log knows.
     *
     * @return how many editions were queued again
     */
    public int resumeStalled(Duration stalledFor) {
        var stalled = jdbc.query("select due_at from editions where state = 'QUEUEING' and assembled_at < ?",
                (row, n) -> row.getTimestamp(1).toInstant(), clock.instant().minus(stalledFor).atOffset(ZoneOffset.UTC));
        stalled.forEach(dueAt -> {
            log.warn("Newsletter edition due {} was not fully queued; queueing it again", dueAt);
            publishEditionDueAt(dueAt);
        });
        return stalled.size();
    }

    /** A stored edition's contents. */
    public Optional<EditionContents> contents(UUID editionId) {
        var cached = cache.get(editionId);
        if (cached != null) {
            return Optional.of(cached);
        }
        var found = jdbc.query("select contents::text from editions where edition_id = ?",
                (row, n) -> JSON.readValue(row.getString(1), EditionContents.class), editionId).stream().findFirst();
        found.ifPresent(contents -> {
            if (cache.size() >= CACHED_EDITIONS) {
                cache.clear();
            }
            cache.put(editionId, contents);
        });
        return found;
    }

    private EditionContents assembleContents(Instant dueAt) {
        var previous = jdbc.queryForObject("select max(due_at) from editions where due_at < ?", Timestamp.class,
                dueAt.atOffset(ZoneOffset.UTC));
        var from = previous == null ? dueAt.minus(settings.firstEditionLookback()) : previous.toInstant();
        var today = LocalDate.ofInstant(dueAt, settings.zone());
        return new EditionContents(dueAt, from, articles.publishedBetween(from, dueAt),
                placements.upcomingEvents(dueAt, today, today.plusDays(settings.upcomingEventDays())),
                placements.sponsorAt(dueAt).orElse(null));
    }
}
