package dk.pressline.deploy.faults;

import dk.pressline.deploy.ServiceProcess;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

@OnFaultPlatform
class ServiceKillFaultTests {

    /**
     * Service instances killed mid-load and started again: in the full suite every instance of search-service,
     * notification-service and sponsor-service and article-service in turn; in the build's, at once, the first instance
     * of the two the gateway sends readers' and advertisers' requests to (which it then sends to the second), the
     * second of notification-service, and article-service, whose outbox relay sends the editors' events.
     */
    @Test
    void serviceInstancesKilledMidBatchLoseAndDoubleNothing(FaultPlatform.Running running) throws Exception {
        var platform = running.platform();
        FaultScenario.run(running, "Service instances killed", workload -> {
            if (FaultScenario.FULL) {
                for (var service :
                        List.of("search-service", "notification-service", "sponsor-service", "article-service")) {
                    for (var victim : platform.instances(service)) {
                        killAndRestart(List.of(victim), Duration.ofSeconds(20));
                    }
                }
            } else {
                killAndRestart(
                        List.of(
                                platform.instances("search-service").getFirst(),
                                platform.instances("notification-service").getLast(),
                                platform.instances("sponsor-service").getFirst(),
                                platform.instances("article-service").getFirst()),
                        Duration.ofSeconds(5));
            }
        });
    }

    private static void killAndRestart(List<ServiceProcess> victims, Duration down) throws Exception {
        for (var victim : victims) {
            victim.kill();
        }
        Thread.sleep(down.toMillis());
        for (var victim : victims) {
            victim.startAgain();
        }
        for (var victim : victims) {
            victim.awaitHealthy(Duration.ofMinutes(3));
        }
    }
}
