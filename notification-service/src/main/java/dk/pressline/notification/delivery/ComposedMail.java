package dk.pressline.notification.delivery;

import dk.pressline.events.PresslineEvent;
import java.util.List;
import java.util.Map;

/**
 * A mail ready to be rendered: the templates {@code mail/<template>.html} and {@code mail/<template>.txt} with their
 * model.
 *
 * @param marketing whether the mail is sent under the subscription (alerts, newsletters), so it carries the
 *     unsubscribe links and headers; a confirmation mail is not
 * @param afterSending events to publish, through the outbox, once the mail is sent (e.g. a sponsor impression)
 */
public record ComposedMail(
        String template,
        String subject,
        Map<String, Object> model,
        boolean marketing,
        List<PresslineEvent> afterSending) {

    public ComposedMail {
        model = Map.copyOf(model);
        afterSending = List.copyOf(afterSending);
    }
}
