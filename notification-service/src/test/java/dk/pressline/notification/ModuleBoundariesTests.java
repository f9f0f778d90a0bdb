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
        // Stores in all but name: the read models of the followed topics (content), the delivery log with its claims
        // and write-behind marks, and the fan-out's cursor over the recipients query a repository gives it.
        return List.of("content.Placements", "content.PublishedArticles", "delivery.DeliveryLog", "delivery.FanOut");
    }
}
