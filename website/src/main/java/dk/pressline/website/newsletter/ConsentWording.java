package dk.pressline.website.newsletter;

/**
 * The consent text the sign-up form shows next to its button. notification-service keeps {@link #VERSION} with each
 * consent as evidence of what the reader agreed to: change the version whenever the text changes.
 */
final class ConsentWording {

    static final String VERSION = "nyhedsbrev-da-2026-11";
    static final String TEXT = "Ja tak, send mig de mails, jeg har valgt ovenfor. Pressline bruger kun min "
            + "e-mailadresse til dem, og jeg kan altid framelde mig med linket nederst i hver mail.";
    /** The form's name, kept with the consent as evidence of where it was given. */
    static final String FORM = "website-nyhedsbrev";

    private ConsentWording() {}
}
