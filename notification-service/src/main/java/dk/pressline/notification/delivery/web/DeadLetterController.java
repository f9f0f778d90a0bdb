package dk.pressline.notification.delivery.web;

import dk.pressline.notification.delivery.DeadLetters;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Operations: put the delivery requests that exhausted their retries back on the queue (admins only). */
@RestController
@Tag(name = "Deliveries", description = "Administrators redrive the mails that used up their retries")
class DeadLetterController {

    private final DeadLetters deadLetters;

    DeadLetterController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @PostMapping("/api/deliveries/dead-letters/redrive")
    @Operation(summary = "Put the delivery requests that used up their retries back on the queue")
    @ApiResponse(responseCode = "200", description = "How many were put back")
    @ApiResponse(
            responseCode = "503",
            description =
                    "Kafka did not take some of them back; redriven and left " + "say how many were and were not.")
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
