package dk.pressline.notification.delivery;

import java.util.UUID;

/** Whom a mail goes to, with what the mail's contents depend on. */
public record Recipient(UUID subscriberId, String email, String language, boolean eventNews) {

    public boolean danish() {
        return !"en".equals(language);
    }
}
