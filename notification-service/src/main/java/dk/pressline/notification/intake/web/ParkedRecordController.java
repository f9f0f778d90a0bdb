package dk.pressline.notification.intake.web;

import dk.pressline.notification.intake.ParkedRecords;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.Map;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Operations: hand the records parked from the followed topics (articles, placements) to their handlers again. Reached
 * at the service itself (the gateway sends /api/events to search-service), so it is no part of the API description.
 */
@Hidden
@RestController
class ParkedRecordController {

    private final ParkedRecords parkedRecords;

    ParkedRecordController(ParkedRecords parkedRecords) {
        this.parkedRecords = parkedRecords;
    }

    @PostMapping("/api/events/dead-letters/redrive")
    Map<String, Integer> redrive() {
        var redriven = parkedRecords.redrive();
        return Map.of("handled", redriven.handled(), "parkedAgain", redriven.parkedAgain());
    }
}
