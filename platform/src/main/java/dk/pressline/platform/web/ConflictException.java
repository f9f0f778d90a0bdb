package dk.pressline.platform.web;

/** The request contradicts what is stored, such as a name that is already taken; the detail says how. */
public class ConflictException extends RuntimeException {

    public ConflictException(String detail) {
        super(detail);
    }
}
