package dk.pressline.notification.newsletter;

import dk.pressline.events.PresslineEvent;
import dk.pressline.events.interaction.Channel;
import dk.pressline.events.interaction.PlacementImpressionRecorded;
import dk.pressline.events.notification.DeliveryKind;
import dk.pressline.notification.delivery.ComposedMail;
import dk.pressline.notification.delivery.MailComposer;
import dk.pressline.notification.delivery.Recipient;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * The newsletter mail of an edition. Upcoming events are shown to subscribers who want event news; the sponsor slot,
 * labelled with its disclosure and advertiser, is reported as one impression per mail sent.
 */
@Component
public class NewsletterMails implements MailComposer {

    private static final DateTimeFormatter DANISH_DATE = DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.of("da"));
    private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final Editions editions;
    private final Clock clock;
    private final NewsletterProperties settings;

    NewsletterMails(Editions editions, Clock clock, NewsletterProperties settings) {
        this.editions = editions;
        this.clock = clock;
        this.settings = settings;
    }

    @Override
    public DeliveryKind kind() {
        return DeliveryKind.NEWSLETTER_EDITION;
    }

    @Override
    public Optional<ComposedMail> compose(Recipient recipient, String reference) {
        return editions.contents(UUID.fromString(reference)).map(contents -> {
            var mail = mail(contents, recipient, "");
            if (contents.sponsor() == null) {
                return mail;
            }
            var sponsor = contents.sponsor();
            List<PresslineEvent> impression = List.of(new PlacementImpressionRecorded(
                    UUID.nameUUIDFromBytes(("impression:" + recipient.subscriberId() + "/" + reference)
                            .getBytes(StandardCharsets.UTF_8)),
                    clock.instant(),
                    sponsor.bookingId(),
                    Channel.NEWSLETTER,
                    sponsor.revision()));
            return new ComposedMail(mail.template(), mail.subject(), mail.model(), true, impression);
        });
    }

    /** The mail of these contents for a recipient, its subject prefixed (e.g. for a test). */
    public ComposedMail mail(EditionContents contents, Recipient recipient, String subjectPrefix) {
        var date = contents.dueAt().atZone(settings.zone()).toLocalDate();
        var subject = subjectPrefix
                + (recipient.danish()
                        ? "Presslines nyhedsbrev " + DANISH_DATE.format(date)
                        : "Pressline newsletter " + ENGLISH_DATE.format(date));
        var model = new java.util.HashMap<String, Object>();
        model.put("articles", contents.articles());
        model.put("events", recipient.eventNews() ? contents.events() : List.of());
        if (contents.sponsor() != null) {
            model.put("sponsor", contents.sponsor());
        }
        model.put("title", subject.substring(subjectPrefix.length()));
        return new ComposedMail("newsletter", subject, Map.copyOf(model), true, List.of());
    }
}
