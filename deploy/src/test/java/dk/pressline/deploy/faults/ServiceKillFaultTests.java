package dk.pressline.deploy.faults;

import dk.pressline.deploy.ServiceProcess;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

@OnFaultPlatform
class ServiceKillFaultTests {

    /**
     * Each consuming service's second instance (the gateway routes readers' and editors' requests to the first), and
     * the article service, whose outbox relay sends the events, killed mid-load and started again: in turn in the full
     * suite, all at once in the build's.
     */
    @Test
    void serviceInstancesKilledMidBatchLoseAndDoubleNothing(FaultPlatform.Running running) throws Exception {
        var platform = running.platform();
        var victims = List.of(platform.instances("search-service").getLast(),
                platform.instances("notification-service").getLast(), platform.instances("sponsor-service").getLast(),
                platform.instances("article-service").getFirst());
        FaultScenario.run(running, "Service instances killed", workload -> {
            if (FaultScenario.FULL) {
                for (var victim : victims) {
                    killAndRestart(List.of(victim), Duration.ofSeconds(20));
                }
            } else {
                killAndRestart(victims, Duration.ofSeconds(5));
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
