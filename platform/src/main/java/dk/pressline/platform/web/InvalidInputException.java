package dk.pressline.platform.web;

/** Input that passed the request's own validation but not the service's rules, such as a time already past. */
public class InvalidInputException extends RuntimeException {

    private final FieldError error;

    public InvalidInputException(String field, String reason) {
        super(field + ": " + reason);
        this.error = new FieldError(field, reason);
    }

    public FieldError error() {
        return error;
    }
}
