package dk.pressline.deploy.faults;

import java.time.Duration;
import org.junit.jupiter.api.Test;

@OnFaultPlatform
class SmtpOutageFaultTests {

    @Test
    void mailServerUnreachableDuringAlertsDeliversEachAlertOnceWhenItIsBack(FaultPlatform.Running running)
            throws Exception {
        var platform = running.platform();
        FaultScenario.run(running, "SMTP unreachable", workload -> {
            // Stopping GreenMail empties it: SMTP stops first, so nothing arrives between keeping its mail and that.
            platform.mail().greenMail().getSmtp().stopService();
            running.mail().keepFrom(platform.mail().greenMail());
            platform.mail().close();
            Thread.sleep(FaultScenario.lasting(Duration.ofSeconds(30), Duration.ofMinutes(3)).toMillis());
            platform.startMail();
        });
    }
}
