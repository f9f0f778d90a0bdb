package dk.pressline.notification;

import dk.pressline.notification.subscription.Preferences;
import dk.pressline.notification.subscription.SignUp;
import dk.pressline.notification.subscription.Subscriber;
import dk.pressline.notification.subscription.Subscriptions;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Readers who sign up, as fixtures: each with an address no other test uses. */
public final class Readers {

    private final Subscriptions subscriptions;

    public Readers(Subscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    public static String newAddress(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    /**
     * A client address no other test signs up from (in 198.18.0.0/15, set aside for tests), for the
     * {@code X-Forwarded-For} a test sends as the gateway would.
     */
    public static String newClientAddress() {
        var random = ThreadLocalRandom.current();
        return "198." + random.nextInt(18, 20) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }

    /** A reader who signed up and confirmed. */
    public Subscriber confirmed(String email, Preferences preferences) {
        return subscriptions.confirm(
                subscriptions.signUp(signUp(email, preferences)).orElseThrow());
    }

    public Subscriber followingThemes(String email, String... themes) {
        return confirmed(email, new Preferences("da", false, false, Set.of(themes)));
    }

    /** A reader who signed up but never confirmed. */
    public UUID unconfirmed(String email, Preferences preferences) {
        return subscriptions.signUp(signUp(email, preferences)).orElseThrow();
    }

    public static SignUp signUp(String email, Preferences preferences) {
        return new SignUp(email, preferences, "test-form", "2026-01");
    }
}
