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
        // Each still to have its SQL moved into a repository of its feature.
        return List.of("content.Placements", "content.PublishedArticles", "delivery.DeliveryLog", "delivery.FanOut");
    }
}
