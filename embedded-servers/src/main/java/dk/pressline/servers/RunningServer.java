package dk.pressline.servers;

/** A server started by this module; closing it stops the server and is safe to repeat. */
public interface RunningServer extends AutoCloseable {

    @Override
    void close();
}
