package dk.pressline.notification.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import dk.pressline.notification.subscription.SignedLinks.Purpose;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SignedLinksTests {

    private static final Instant NOW = Instant.parse("2026-03-10T08:00:00Z");

    private final SignedLinks links = new SignedLinks("a-secret-of-at-least-thirty-two-chars");
    private final UUID id = UUID.randomUUID();

    @Test
    void aTokenCarriesItsIdUntilItExpires() {
        var token = links.sign(Purpose.CONFIRM, id, NOW, Duration.ofHours(48));

        assertThat(links.verify(Purpose.CONFIRM, token, NOW.plus(Duration.ofHours(47))))
                .contains(id);
        assertThat(links.verify(Purpose.CONFIRM, token, NOW.plus(Duration.ofHours(49))))
                .isEmpty();
    }

    @Test
    void aTokenIsGoodOnlyForItsPurposeAndUnderItsSecret() {
        var token = links.sign(Purpose.CONFIRM, id, NOW, Duration.ofHours(1));

        assertThat(links.verify(Purpose.MANAGE, token, NOW)).isEmpty();
        assertThat(new SignedLinks("another-secret-of-at-least-32-characters").verify(Purpose.CONFIRM, token, NOW))
                .isEmpty();
    }

    @Test
    void aTamperedOrMalformedTokenIsRefused() {
        var token = links.sign(Purpose.MANAGE, id, NOW, Duration.ofHours(1));
        var otherId = links.sign(Purpose.MANAGE, UUID.randomUUID(), NOW, Duration.ofHours(1));
        var swapped = otherId.substring(0, otherId.indexOf('.')) + token.substring(token.indexOf('.'));

        assertThat(links.verify(Purpose.MANAGE, swapped, NOW)).isEmpty();
        assertThat(links.verify(Purpose.MANAGE, "no-dot", NOW)).isEmpty();
        assertThat(links.verify(Purpose.MANAGE, "%%%.%%%", NOW)).isEmpty();
        assertThat(links.verify(Purpose.MANAGE, null, NOW)).isEmpty();
    }
}
