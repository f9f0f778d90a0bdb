package dk.pressline.notification.delivery;

import dk.pressline.events.notification.DeliveryKind;
import java.util.Optional;

/** Writes the mails of one kind; each feature that sends mail provides one. */
public interface MailComposer {

    DeliveryKind kind();

    /**
     * The mail for a recipient; empty when there is nothing to send any more (e.g. the article was retracted).
     *
     * @param reference the delivery's reference, e.g. an article or edition id
     */
    Optional<ComposedMail> compose(Recipient recipient, String reference);

    /** Told once the SMTP server took a mail this composer wrote. */
    default void sent(ComposedMail mail) {}
}
