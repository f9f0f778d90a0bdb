package dk.pressline.notification.subscription;

import java.util.UUID;

/** A reader who signed up. */
public record Subscriber(UUID id, String email, SubscriberStatus status, Preferences preferences) {}
