package dk.pressline.notification.delivery.web;

import dk.pressline.notification.delivery.DeadLetters;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Operations: put the delivery requests that exhausted their retries back on the queue (admins only). */
@RestController
class DeadLetterController {

    private final DeadLetters deadLetters;

    DeadLetterController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @PostMapping("/api/deliveries/dead-letters/redrive")
    Map<String, Integer> redrive() {
        return Map.of("redriven", deadLetters.redrive());
    }

    @ExceptionHandler(DeadLetters.NotRedrivenException.class)
    ProblemDetail notRedriven(DeadLetters.NotRedrivenException exception) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, exception.getMessage());
        problem.setProperty("redriven", exception.redriven());
        problem.setProperty("left", exception.left());
        return problem;
    }
}
