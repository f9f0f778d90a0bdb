package dk.pressline.notification.subscription.web;

import dk.pressline.notification.subscription.Subscriber;
import dk.pressline.notification.subscription.SubscriberStatus;
import java.util.List;

/** A subscription as its owner sees it through a signed link. */
record SubscriptionView(
        String email,
        SubscriberStatus status,
        String language,
        boolean newsletter,
        boolean eventNews,
        List<String> themes,
        String preferencesUrl) {

    static SubscriptionView of(Subscriber subscriber, String preferencesUrl) {
        var preferences = subscriber.preferences();
        return new SubscriptionView(
                subscriber.email(),
                subscriber.status(),
                preferences.language(),
                preferences.newsletter(),
                preferences.eventNews(),
                preferences.themes().stream().sorted().toList(),
                preferencesUrl);
    }
}
