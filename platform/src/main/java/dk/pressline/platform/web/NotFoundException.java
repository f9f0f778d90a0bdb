package dk.pressline.platform.web;

/** The resource does not exist, or the caller may not know that it does. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what + " was not found.");
    }
}
