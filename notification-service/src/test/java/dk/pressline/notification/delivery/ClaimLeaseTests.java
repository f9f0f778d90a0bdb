package dk.pressline.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The lease of a claim outlasts what a batch takes at the send rate, four times over, and is at least a minute. */
class ClaimLeaseTests {

    @Test
    void withTheDefaultSettingsALeaseIsAMinute() {
        assertThat(ClaimLease.forBatches(100, 2, 200).duration()).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void aSlowSendRateLengthensTheLeaseToFourBatches() {
        assertThat(ClaimLease.forBatches(100, 2, 4).duration()).isEqualTo(Duration.ofSeconds(200));
    }
}
