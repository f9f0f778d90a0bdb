package dk.pressline.notification.intake.web;

import dk.pressline.notification.intake.ParkedRecords;
import java.util.Map;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Operations: hand the records parked from the followed topics (articles, placements) to their handlers again. */
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
