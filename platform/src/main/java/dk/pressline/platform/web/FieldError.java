package dk.pressline.platform.web;

/** One rejected input in a problem's {@code errors} list: where it is, and why it was refused. */
public record FieldError(String field, String reason) {}
