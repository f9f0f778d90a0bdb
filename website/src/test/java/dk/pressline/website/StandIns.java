package dk.pressline.website;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/** The stand-in services, started once for the whole test run. */
final class StandIns {

    static final StandInService SEARCH = new StandInService();
    static final StandInService NOTIFICATION = new StandInService();

    private StandIns() {
    }

    static void reset() {
        SEARCH.reset();
        NOTIFICATION.reset();
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Registrar {

        @Bean
        DynamicPropertyRegistrar standInServices() {
            return registry -> {
                registry.add("pressline.website.search-service", SEARCH::baseUrl);
                registry.add("pressline.website.notification-service", NOTIFICATION::baseUrl);
            };
        }
    }
}
