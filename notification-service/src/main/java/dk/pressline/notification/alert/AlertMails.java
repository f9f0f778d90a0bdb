package dk.pressline.notification.alert;

import dk.pressline.events.notification.DeliveryKind;
import dk.pressline.notification.content.PublishedArticles;
import dk.pressline.notification.delivery.ComposedMail;
import dk.pressline.notification.delivery.MailComposer;
import dk.pressline.notification.delivery.Recipient;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The theme alert: one article, sent soon after it is published; nothing if it was retracted meanwhile. */
@Component
class AlertMails implements MailComposer {

    private final PublishedArticles articles;

    AlertMails(PublishedArticles articles) {
        this.articles = articles;
    }

    @Override
    public DeliveryKind kind() {
        return DeliveryKind.THEME_ALERT;
    }

    @Override
    public Optional<ComposedMail> compose(Recipient recipient, String reference) {
        return articles.published(UUID.fromString(reference)).map(article -> new ComposedMail("alert",
                (recipient.danish() ? "Nyt fra Pressline: " : "New on Pressline: ") + article.headline(),
                Map.of("article", article), true, List.of()));
    }
}
