package dk.pressline.deploy.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

/**
 * One scenario of the suite: the workload runs, the fault is injected and ended, the workload stops, and the audit
 * waits for the platform to converge. {@code -Dpressline.faults=full} ({@code ./pressline faults}) holds every fault
 * as long as the issue asks; the build's short version holds it long enough to cut through the workload.
 */
final class FaultScenario {

    /** Breaks something and mends it, returning when it is mended; it may add to the workload. */
    @FunctionalInterface
    interface Fault {
        void injectAndEnd(MixedWorkload workload) throws Exception;
    }

    static final boolean FULL = "full".equals(System.getProperty("pressline.faults"));
    private static final Duration OPERATION_INTERVAL = Duration.ofSeconds(1);
    private static final Duration BEFORE_AND_AFTER = lasting(Duration.ofSeconds(5), Duration.ofSeconds(10));
    private static final Duration AUDIT_WAIT = Duration.ofMinutes(3);

    private FaultScenario() {}

    /** How long a fault lasts: {@code full} in the full suite, {@code short} in the build's. */
    static Duration lasting(Duration shortVersion, Duration fullVersion) {
        return FULL ? fullVersion : shortVersion;
    }

    /** Runs the scenario, adds its row to the report and asserts that nothing was lost or duplicated. */
    static FaultAudit.Outcome run(FaultPlatform.Running running, String name, Fault fault) throws Exception {
        Instant faultEnded;
        MixedWorkload workload;
        try (var load = MixedWorkload.start(running, name.replace(' ', '-'), OPERATION_INTERVAL)) {
            workload = load;
            Thread.sleep(BEFORE_AND_AFTER.toMillis());
            fault.injectAndEnd(load);
            faultEnded = Instant.now();
            Thread.sleep(BEFORE_AND_AFTER.toMillis());
        }
        var outcome = new FaultAudit(running).awaitConverged(name, workload, faultEnded, AUDIT_WAIT);
        running.report().add(outcome);
        assertThat(workload.acknowledged())
                .as("operations acknowledged during " + name)
                .isPositive();
        assertThat(outcome.findings()).as("lost or duplicated in " + name).isEmpty();
        assertThat(outcome.convergedAfter())
                .as("the platform converged after " + name)
                .isNotNull();
        return outcome;
    }
}
