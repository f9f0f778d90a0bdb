package dk.pressline.platform.outbox;

import dk.pressline.platform.web.NotFoundException;
import dk.pressline.platform.web.PageOf;
import dk.pressline.platform.web.PageQuery;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The administrators' view of the events this service's outbox parked, at {@value #PATH}. Reached at each service
 * itself, not through the gateway (every service has one at the same path), so it is no part of the API description.
 */
@Hidden
@RestController
@RequestMapping(ParkedEventsController.PATH)
class ParkedEventsController {

    static final String PATH = "/api/admin/outbox/parked";

    private final ParkedEvents parkedEvents;

    ParkedEventsController(ParkedEvents parkedEvents) {
        this.parkedEvents = parkedEvents;
    }

    @GetMapping
    PageOf<ParkedEvent> list(@Valid PageQuery page) {
        return parkedEvents.list(page);
    }

    /** The event's JSON body as it was appended, to see what Kafka refused. */
    @GetMapping(path = "/{position}/payload", produces = MediaType.APPLICATION_JSON_VALUE)
    String payload(@PathVariable long position) {
        return parkedEvents
                .payload(position)
                .orElseThrow(() -> new NotFoundException("A parked event at position " + position));
    }

    /** Puts the event back at the head of the outbox; 202, as the relay sends it after the answer. */
    @PostMapping("/{position}/resend")
    ResponseEntity<ParkedEvent> resend(@PathVariable long position) {
        return ResponseEntity.accepted().body(parkedEvents.resend(position));
    }

    @DeleteMapping("/{position}")
    ResponseEntity<Void> discard(@PathVariable long position) {
        parkedEvents.discard(position);
        return ResponseEntity.noContent().build();
    }
}
