package dk.pressline.notification.newsletter;

import dk.pressline.notification.content.ArticleItem;
import dk.pressline.notification.content.EventItem;
import dk.pressline.notification.content.SponsorSlot;
import java.time.Instant;
import java.util.List;

/**
 * What an edition holds, frozen when it is assembled so every subscriber gets the same newsletter.
 *
 * @param coversFrom articles first published after this moment (the previous edition) and up to {@code dueAt}
 * @param sponsor {@code null} when no newsletter sponsor is in flight
 */
public record EditionContents(
        Instant dueAt, Instant coversFrom, List<ArticleItem> articles, List<EventItem> events, SponsorSlot sponsor) {

    public EditionContents {
        articles = List.copyOf(articles);
        events = List.copyOf(events);
    }

    public boolean isEmpty() {
        return articles.isEmpty() && events.isEmpty();
    }
}
