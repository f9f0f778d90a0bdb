package dk.pressline.platform.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.ObservationTextPublisher;
import org.junit.jupiter.api.Test;
import org.springframework.http.server.observation.ServerRequestObservationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class RoutineWorkUnobservedTests {

    private final ObservationRegistry registry = ObservationRegistry.create();

    RoutineWorkUnobservedTests() {
        registry.observationConfig()
                .observationHandler(new ObservationTextPublisher())
                .observationPredicate(new PlatformTracingConfiguration().routineWorkUnobserved());
    }

    @Test
    void leavesConsumerBatchesSchedulerPollsAndSecurityStepsUnobserved() {
        assertThat(observed("spring.cloud.function")).isFalse();
        assertThat(observed("tasks.scheduled.execution")).isFalse();
        assertThat(observed("spring.security.filterchains")).isFalse();
        assertThat(observed("spring.security.authorizations")).isFalse();
    }

    @Test
    void leavesHealthChecksAndScrapesUnobservedButObservesApiRequests() {
        assertThat(requestObserved("/actuator/health")).isFalse();
        assertThat(requestObserved("/actuator/prometheus")).isFalse();
        assertThat(requestObserved("/api/articles/42/publish")).isTrue();
    }

    @Test
    void observesEverythingElse() {
        assertThat(observed("http.client.requests")).isTrue();
        assertThat(observed("spring.kafka.template")).isTrue();
    }

    private boolean observed(String name) {
        return !Observation.createNotStarted(name, registry).isNoop();
    }

    private boolean requestObserved(String path) {
        var context = new ServerRequestObservationContext(
                new MockHttpServletRequest("POST", path), new MockHttpServletResponse());
        return !Observation.createNotStarted("http.server.requests", () -> context, registry)
                .isNoop();
    }
}
