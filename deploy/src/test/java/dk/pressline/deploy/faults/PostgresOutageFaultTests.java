package dk.pressline.deploy.faults;

import java.time.Duration;
import org.junit.jupiter.api.Test;

@OnFaultPlatform
class PostgresOutageFaultTests {

    @Test
    void postgresStoppedAndStartedAgainLosesAndDoublesNothing(FaultPlatform.Running running) throws Exception {
        var platform = running.platform();
        FaultScenario.run(running, "PostgreSQL stopped", workload -> {
            platform.postgres().close();
            Thread.sleep(FaultScenario.lasting(Duration.ofSeconds(15), Duration.ofSeconds(30))
                    .toMillis());
            platform.startPostgres();
        });
    }
}
