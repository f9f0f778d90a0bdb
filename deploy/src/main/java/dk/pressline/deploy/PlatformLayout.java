package dk.pressline.deploy;

import java.util.HashMap;
import java.util.Map;

/**
 * Where the platform listens and how many of each part it runs.
 *
 * @param portOffset added to every fixed port of the local run, so two platforms can run on one machine
 * @param kafkaNodes brokers in the Kafka cluster; with three, topics are replicated three times and a write needs two
 * @param consumerInstances instances of every service that consumes a topic, sharing its partitions in one group
 * @param settings environment variables every service gets on top of the platform's own, such as a schedule to run
 *     more often than production's
 */
public record PlatformLayout(int portOffset, int kafkaNodes, int consumerInstances, Map<String, String> settings) {

    /** {@code ./pressline run}: one of everything, on the ports the README names. */
    public static final PlatformLayout LOCAL = new PlatformLayout(0, 1, 1, Map.of());

    /** Production's shape on one machine, for the fault suite: three brokers and two of every consuming service. */
    public static final PlatformLayout PRODUCTION_SHAPE = new PlatformLayout(10_000, 3, 2, Map.of());

    public PlatformLayout {
        settings = Map.copyOf(settings);
    }

    /** This layout with more settings for every service. */
    public PlatformLayout withSettings(Map<String, String> more) {
        var all = new HashMap<>(settings);
        all.putAll(more);
        return new PlatformLayout(portOffset, kafkaNodes, consumerInstances, all);
    }

    /** The port a part listens on in this layout, given the one it has in the local run. */
    public int port(int localPort) {
        return localPort + portOffset;
    }

    /** Every link the platform writes points here: the gateway, which serves the website, the APIs and the redirect. */
    public String siteUrl() {
        return "http://localhost:" + port(LocalPlatform.GATEWAY_PORT);
    }

    public String tokenIssuer() {
        return "http://localhost:" + port(LocalPlatform.TOKEN_ISSUER_PORT);
    }
}
