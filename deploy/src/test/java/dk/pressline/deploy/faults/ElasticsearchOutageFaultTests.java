package dk.pressline.deploy.faults;

import java.time.Duration;
import org.junit.jupiter.api.Test;

@OnFaultPlatform
class ElasticsearchOutageFaultTests {

    @Test
    void elasticsearchStoppedAndStartedAgainLosesNothingOnceItIsBack(FaultPlatform.Running running) throws Exception {
        var platform = running.platform();
        FaultScenario.run(running, "Elasticsearch stopped", workload -> {
            platform.elasticsearch().close();
            Thread.sleep(FaultScenario.lasting(Duration.ofSeconds(20), Duration.ofSeconds(60))
                    .toMillis());
            platform.startElasticsearch();
        });
    }
}
