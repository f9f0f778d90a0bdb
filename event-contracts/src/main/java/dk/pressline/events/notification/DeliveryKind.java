package dk.pressline.events.notification;

/** What kind of mail a delivery sends. */
public enum DeliveryKind {
    SUBSCRIPTION_CONFIRMATION,
    THEME_ALERT,
    NEWSLETTER_EDITION
}
