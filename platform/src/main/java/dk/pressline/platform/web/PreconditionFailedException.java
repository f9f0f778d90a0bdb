package dk.pressline.platform.web;

/** The client's {@code If-Match} names a version that is no longer current: it must re-read before it writes. */
public class PreconditionFailedException extends RuntimeException {

    public PreconditionFailedException(String currentETag) {
        super("The resource has changed since you read it; its current ETag is " + currentETag
                + ". Fetch it again and reapply your change.");
    }
}
