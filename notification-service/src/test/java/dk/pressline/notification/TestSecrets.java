package dk.pressline.notification;

import java.util.Map;

/** The secrets a test instance runs with; made up for tests only. */
public final class TestSecrets {

    public static final String BOUNCE_SECRET_VALUE = "test-bounce-secret-0123456789abcdef";
    public static final String LINK_SECRET = "pressline.notifications.link-secret=test-link-secret-0123456789abcdef";
    public static final String SUPPRESSION_KEY =
            "pressline.notifications.suppression-key=test-suppression-key-0123456789abcdef";
    public static final String BOUNCE_SECRET = "pressline.notifications.bounce-secret=" + BOUNCE_SECRET_VALUE;

    private TestSecrets() {}

    public static Map<String, Object> asProperties() {
        return Map.of(
                "pressline.notifications.link-secret", value(LINK_SECRET),
                "pressline.notifications.suppression-key", value(SUPPRESSION_KEY),
                "pressline.notifications.bounce-secret", BOUNCE_SECRET_VALUE);
    }

    private static String value(String property) {
        return property.substring(property.indexOf('=') + 1);
    }
}
