package dk.pressline.notification.subscription;

/** Where a subscriber is in the double opt-in; only {@link #ACTIVE} subscribers are sent anything but a confirmation. */
public enum SubscriberStatus {
    PENDING,
    ACTIVE,
    UNSUBSCRIBED
}
