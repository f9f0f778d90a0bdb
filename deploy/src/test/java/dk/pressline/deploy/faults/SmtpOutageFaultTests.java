package dk.pressline.deploy.faults;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

@OnFaultPlatform
class SmtpOutageFaultTests {

    @Test
    void mailServerUnreachableDuringAlertsAndAnEditionDeliversEachMailOnceWhenItIsBack(FaultPlatform.Running running)
            throws Exception {
        var platform = running.platform();
        FaultScenario.run(running, "SMTP unreachable", workload -> {
            // The newsletter goes out on every full minute here: the outage starts ten seconds before one.
            Thread.sleep(Math.floorMod(50_000 - Instant.now().toEpochMilli() % 60_000, 60_000));
            // Stopping GreenMail empties it: SMTP stops first, so nothing arrives between keeping its mail and that.
            platform.mail().greenMail().getSmtp().stopService();
            running.mail().keepFrom(platform.mail().greenMail());
            platform.mail().close();
            Thread.sleep(FaultScenario.lasting(Duration.ofSeconds(15), Duration.ofMinutes(3))
                    .toMillis());
            platform.startMail();
        });
    }
}
