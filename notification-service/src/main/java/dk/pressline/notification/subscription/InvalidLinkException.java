package dk.pressline.notification.subscription;

import dk.pressline.platform.web.InvalidInputException;

/** A link's token is malformed, forged, meant for something else or expired. */
public class InvalidLinkException extends InvalidInputException {

    public InvalidLinkException() {
        super("token", "is not a valid link or has expired");
    }
}
