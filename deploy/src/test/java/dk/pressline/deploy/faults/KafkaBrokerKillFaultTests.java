package dk.pressline.deploy.faults;

import java.time.Duration;
import org.junit.jupiter.api.Test;

@OnFaultPlatform
class KafkaBrokerKillFaultTests {

    @Test
    void aBrokerKilledMidLoadLosesAndDoublesNothing(FaultPlatform.Running running) throws Exception {
        var kafka = running.platform().kafkaCluster();
        FaultScenario.run(running, "Kafka broker killed", workload -> {
            kafka.kill(2);
            Thread.sleep(FaultScenario.lasting(Duration.ofSeconds(20), Duration.ofSeconds(60))
                    .toMillis());
            kafka.restart(2);
        });
    }
}
