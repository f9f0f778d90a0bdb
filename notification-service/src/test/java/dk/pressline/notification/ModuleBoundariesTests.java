package dk.pressline.notification;

import dk.pressline.testsupport.architecture.ServiceBoundaries;
import java.util.List;

/** How the feature packages may depend on each other, checked on the compiled classes (no servers). */
class ModuleBoundariesTests extends ServiceBoundaries {

    ModuleBoundariesTests() {
        super(NotificationServiceApplication.class);
    }

    @Override
    protected List<String> notYetRepositories() {
        // The delivery log, with its claims and write-behind marks, and the fan-out's cursor over the recipients
        // query a repository gives it.
        return List.of("delivery.DeliveryLog", "delivery.FanOut");
    }
}
