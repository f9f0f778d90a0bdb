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

    /** The setting that moves a service's actuator (health, metrics) to a port of its own. */
    static final String MANAGEMENT_PORT = "MANAGEMENT_SERVER_PORT";

    /** Where the service answers health and metrics: its management port when it has one, otherwise its port. */
    int managementPort() {
        return environment.containsKey(MANAGEMENT_PORT) ? Integer.parseInt(environment.get(MANAGEMENT_PORT)) : port;
    }

    /** The service's {@code number}th instance (from 1): the first is the service itself, a further one is named and
     * listens apart. */
    LocalService instance(int number, int portStep) {
        return number == 1 ? this : new LocalService(name + "-" + number, port + (number - 1) * portStep, environment);
    }
}
