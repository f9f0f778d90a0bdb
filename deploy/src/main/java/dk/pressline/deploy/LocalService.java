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
}
