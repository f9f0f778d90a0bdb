package dk.pressline.notification.bounce;

import dk.pressline.notification.subscription.Subscriptions;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Bounce reports from the mail relay. The relay has no token of the platform, so the endpoint is open and checks the
 * shared secret in {@code X-Bounce-Secret} ({@code pressline.notifications.bounce-secret}) instead. A hard bounce
 * suppresses the address; a soft bounce changes nothing (the relay retries those itself).
 */
@RestController
@Tag(name = "Bounces", description = "The mail relay reports bounced mail")
class BounceController {

    static final String SECRET_HEADER = "X-Bounce-Secret";

    private final Subscriptions subscriptions;
    private final byte[] secret;

    BounceController(Subscriptions subscriptions, BounceProperties properties) {
        this.subscriptions = subscriptions;
        this.secret = properties.bounceSecret().getBytes(StandardCharsets.UTF_8);
    }

    @PostMapping("/api/bounces")
    @Operation(summary = "Report a bounce: a hard one suppresses the address, a soft one changes nothing")
    @ApiResponse(responseCode = "200", description = "The address, and whether it is now suppressed")
    @ApiResponse(responseCode = "403", description = "X-Bounce-Secret is missing or is not the bounce secret.")
    Map<String, Object> report(
            @RequestHeader(name = SECRET_HEADER, required = false) String presented,
            @Valid @RequestBody Bounce bounce) {
        if (presented == null || !MessageDigest.isEqual(secret, presented.getBytes(StandardCharsets.UTF_8))) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "A bounce report needs the bounce secret");
        }
        if (bounce.type() == BounceType.HARD) {
            subscriptions.suppressBouncedAddress(bounce.email());
        }
        return Map.of("email", bounce.email(), "suppressed", bounce.type() == BounceType.HARD);
    }

    enum BounceType {
        HARD,
        SOFT
    }

    record Bounce(
            @NotBlank @Email @Size(max = 254) String email,
            @NotNull BounceType type) {}
}
