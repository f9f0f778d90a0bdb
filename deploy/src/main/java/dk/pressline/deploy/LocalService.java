package dk.pressline.deploy;

import java.util.Map;

/**
 * A Pressline service as the local run starts it.
 *
 * @param name the service's module and jar name
 * @param port its HTTP port
 * @param environment settings beyond its {@code application.yml} defaults
 */
record LocalService(String name, int port, Map<String, String> environment) {

    /** The service's {@code number}th instance (from 1): the first is the service itself, a further one is named and
     * listens apart. */
    LocalService instance(int number, int portStep) {
        return number == 1 ? this : new LocalService(name + "-" + number, port + (number - 1) * portStep, environment);
    }
}
