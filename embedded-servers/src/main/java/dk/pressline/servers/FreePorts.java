package dk.pressline.servers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Finds loopback ports that are free right now, for servers that cannot report the port they bound. */
final class FreePorts {

    private FreePorts() {}

    static int pick() {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(false);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free loopback port", e);
        }
    }

    static int pickOtherThan(int taken) {
        int port = pick();
        while (port == taken) {
            port = pick();
        }
        return port;
    }

    static int orPick(int port) {
        return port == 0 ? pick() : port;
    }
}
