package dk.pressline.servers;

/** A server did not start; the message carries the tail of its log where there is one. */
public class ServerStartException extends RuntimeException {

    public ServerStartException(String message) {
        super(message);
    }

    public ServerStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
