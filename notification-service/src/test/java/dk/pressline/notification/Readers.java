package dk.pressline.notification;

import dk.pressline.notification.subscription.Preferences;
import dk.pressline.notification.subscription.SignUp;
import dk.pressline.notification.subscription.Subscriber;
import dk.pressline.notification.subscription.Subscriptions;
import java.util.Set;
import java.util.UUID;

/** Readers who sign up, as fixtures: each with an address no other test uses. */
public final class Readers {

    private final Subscriptions subscriptions;

    public Readers(Subscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    public static String newAddress(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    /** A reader who signed up and confirmed. */
    public Subscriber confirmed(String email, Preferences preferences) {
        return subscriptions.confirm(subscriptions.signUp(signUp(email, preferences)));
    }

    public Subscriber followingThemes(String email, String... themes) {
        return confirmed(email, new Preferences("da", false, false, Set.of(themes)));
    }

    /** A reader who signed up but never confirmed. */
    public UUID unconfirmed(String email, Preferences preferences) {
        return subscriptions.signUp(signUp(email, preferences));
    }

    public static SignUp signUp(String email, Preferences preferences) {
        return new SignUp(email, preferences, "test-form", "2026-01");
    }
}
