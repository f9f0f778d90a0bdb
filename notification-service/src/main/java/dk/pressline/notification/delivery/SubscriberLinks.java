package dk.pressline.notification.delivery;

import java.util.UUID;

/** The links a mail under the subscription carries so its subscriber can change or stop it. */
public interface SubscriberLinks {

    /**
     * The links of a mail to a subscriber (preferences, https and mailto unsubscribe), all with one token, for a mail
     * sent to many subscribers in a row.
     */
    ManageLinks manage(UUID subscriberId);

    /**
     * A subscriber's links, as they appear in a mail and its headers.
     *
     * @param unsubscribe the one-click unsubscribe of RFC 8058: a POST to it unsubscribes, a GET shows a page asking
     *     to confirm
     * @param unsubscribeMail the {@code mailto:} unsubscribe of {@code List-Unsubscribe}, for clients that do not POST
     */
    record ManageLinks(String preferences, String unsubscribe, String unsubscribeMail) {}
}
