package dk.pressline.platform.web;

import java.io.IOException;

/** A request body exceeded the service's limit. An {@link IOException} so it travels through body readers. */
public class RequestTooLargeException extends IOException {

    public RequestTooLargeException(long limitBytes) {
        super("The request body is larger than the limit of " + limitBytes + " bytes.");
    }
}
