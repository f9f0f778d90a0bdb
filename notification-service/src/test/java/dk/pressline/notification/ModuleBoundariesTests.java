package dk.pressline.notification;

import dk.pressline.testsupport.architecture.ServiceBoundaries;

/** How the feature packages may depend on each other, checked on the compiled classes (no servers). */
class ModuleBoundariesTests extends ServiceBoundaries {

    ModuleBoundariesTests() {
        super(NotificationServiceApplication.class);
    }
}
