package dk.pressline.notification.subscription;

import dk.pressline.events.notification.DeliveryKind;
import dk.pressline.notification.delivery.ComposedMail;
import dk.pressline.notification.delivery.MailComposer;
import dk.pressline.notification.delivery.Recipient;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The double opt-in mail: a signed, expiring link that confirms one sign-up. */
@Component
class ConfirmationMails implements MailComposer {

    private final Links links;

    ConfirmationMails(Links links) {
        this.links = links;
    }

    @Override
    public DeliveryKind kind() {
        return DeliveryKind.SUBSCRIPTION_CONFIRMATION;
    }

    @Override
    public Optional<ComposedMail> compose(Recipient recipient, String reference) {
        return Optional.of(new ComposedMail(
                "confirmation",
                recipient.danish() ? "Bekræft din tilmelding til Pressline" : "Confirm your Pressline subscription",
                Map.of(
                        "confirmUrl",
                        links.confirmation(UUID.fromString(reference)).toString()),
                false,
                List.of()));
    }
}
