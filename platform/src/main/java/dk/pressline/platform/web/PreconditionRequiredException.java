package dk.pressline.platform.web;

/** A write to a resource others may edit concurrently came without {@code If-Match}. */
public class PreconditionRequiredException extends RuntimeException {

    public PreconditionRequiredException() {
        super("This change needs an If-Match header with the ETag of the version you edited.");
    }
}
