package dk.pressline.notification.newsletter;

import dk.pressline.events.notification.DeliveryKind;
import dk.pressline.notification.content.Placements;
import dk.pressline.notification.content.PublishedArticles;
import dk.pressline.notification.delivery.FanOut;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Newsletter editions: assembled from the articles published since the previous edition, the upcoming events and the
 * newsletter sponsor in flight, stored once per due time (so several instances assemble one edition), then fanned out
 * to every confirmed subscriber who wants the newsletter.
 */
@Service
public class Editions {

    private static final Logger log = LoggerFactory.getLogger(Editions.class);
    private static final int CACHED_EDITIONS = 16;

    private final PublishedArticles articles;
    private final Placements placements;
    private final FanOut fanOut;
    private final EditionRepository editions;
    private final Clock clock;
    private final NewsletterProperties settings;
    private final Map<UUID, EditionContents> cache = new ConcurrentHashMap<>();

    Editions(
            PublishedArticles articles,
            Placements placements,
            FanOut fanOut,
            EditionRepository editions,
            Clock clock,
            NewsletterProperties settings) {
        this.articles = articles;
        this.placements = placements;
        this.fanOut = fanOut;
        this.editions = editions;
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
        var edition = editions.storeUnlessDue(dueAt, contents, clock.instant());
        var editionId = edition.editionId();
        if ("QUEUED".equals(edition.state())) {
            return editionId;
        }
        var stored = contents(editionId).orElseThrow();
        int recipients = stored.isEmpty()
                ? 0
                : fanOut.toSubscribers(
                        DeliveryKind.NEWSLETTER_EDITION,
                        editionId.toString(),
                        EditionRepository.NEWSLETTER_SUBSCRIBERS);
        editions.markQueued(editionId, clock.instant(), recipients);
        log.info(
                "Newsletter edition {} due {} queued for {} subscribers: {} articles, {} events, sponsor {}",
                editionId,
                dueAt,
                recipients,
                stored.articles().size(),
                stored.events().size(),
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
        var stalled = editions.stalledSince(clock.instant().minus(stalledFor));
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
        var found = editions.contents(editionId);
        found.ifPresent(contents -> {
            if (cache.size() >= CACHED_EDITIONS) {
                cache.clear();
            }
            cache.put(editionId, contents);
        });
        return found;
    }

    private EditionContents assembleContents(Instant dueAt) {
        var from = editions.previousDueBefore(dueAt).orElseGet(() -> dueAt.minus(settings.firstEditionLookback()));
        var today = LocalDate.ofInstant(dueAt, settings.zone());
        return new EditionContents(
                dueAt,
                from,
                articles.publishedBetween(from, dueAt),
                placements.upcomingEvents(dueAt, today, today.plusDays(settings.upcomingEventDays())),
                placements.sponsorAt(dueAt).orElse(null));
    }
}
