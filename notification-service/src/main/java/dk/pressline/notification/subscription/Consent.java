package dk.pressline.notification.subscription;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.UUID;

/**
 * The evidence of one consent (GDPR Art. 7): when it was asked for, on which form, under which wording, and when it
 * was confirmed and withdrawn.
 */
public record Consent(
        UUID id,
        Instant requestedAt,
        String form,
        String wordingVersion,
        Preferences requested,
        @Schema(nullable = true) Instant confirmedAt,
        @Schema(nullable = true) Instant withdrawnAt) {}
