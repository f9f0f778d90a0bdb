package dk.pressline.sponsor;

import dk.pressline.testsupport.architecture.ServiceBoundaries;
import java.util.List;

/** How the feature packages may depend on each other, checked on the compiled classes (no servers). */
class ModuleBoundariesTests extends ServiceBoundaries {

    ModuleBoundariesTests() {
        super(SponsorServiceApplication.class);
    }

    @Override
    protected List<String> notYetRepositories() {
        // The interaction counts and the report's days (reporting), the bookings gauges.
        return List.of("reporting.InteractionCounts", "reporting.Reports", "booking.BookingMetrics");
    }
}
