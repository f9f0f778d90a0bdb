package dk.pressline.notification.subscription;

/**
 * A reader asks to subscribe.
 *
 * @param form where the reader signed up, e.g. {@code "article-footer"}
 * @param wordingVersion the version of the consent text the reader was shown
 */
public record SignUp(String email, Preferences preferences, String form, String wordingVersion) {}
