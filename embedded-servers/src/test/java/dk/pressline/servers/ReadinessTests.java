package dk.pressline.servers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ReadinessTests {

    private static final Duration POLL = Duration.ofMillis(10);

    @Test
    void returnsOnceTheCheckHoldsAskingAgainAfterEveryMiss() throws Exception {
        var asked = new AtomicInteger();

        Readiness.within(Duration.ofSeconds(5), POLL)
                .until(
                        () -> asked.incrementAndGet() == 3,
                        () -> {},
                        () -> new IllegalStateException("no timeout expected"));

        assertThat(asked).hasValue(3);
    }

    @Test
    void yieldsWhatTheCheckFoundReady() throws Exception {
        var asked = new AtomicInteger();

        String address = Readiness.within(Duration.ofSeconds(5), POLL)
                .untilPresent(
                        () -> asked.incrementAndGet() < 2 ? Optional.empty() : Optional.of("127.0.0.1:9200"),
                        () -> {},
                        () -> new IllegalStateException("no timeout expected"));

        assertThat(address).isEqualTo("127.0.0.1:9200");
    }

    @Test
    void failsWithTheCallersMessageWhenTheTimeRunsOut() {
        var readiness = Readiness.within(Duration.ofMillis(200), POLL);
        long started = System.nanoTime();

        assertThatThrownBy(() -> readiness.until(
                        () -> false,
                        () -> {},
                        () -> new IllegalStateException(
                                "search-service was not healthy within " + readiness.timeout())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("search-service was not healthy within PT0.2S");
        assertThat(Duration.ofNanos(System.nanoTime() - started))
                .isBetween(Duration.ofMillis(200), Duration.ofSeconds(3));
    }

    @Test
    void endsAtOnceWhenWhatItWaitsForIsGone() {
        long started = System.nanoTime();

        assertThatThrownBy(() -> Readiness.within(Duration.ofMinutes(2), POLL)
                        .until(
                                () -> false,
                                () -> {
                                    throw new IllegalStateException("zipkin exited with code 1");
                                },
                                () -> new IllegalStateException("no timeout expected")))
                .hasMessage("zipkin exited with code 1");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void waitsInStepsShareOneDeadline() throws Exception {
        var readiness = Readiness.within(Duration.ofSeconds(1), POLL);
        readiness.until(() -> true, () -> {}, () -> new IllegalStateException("the first step is ready"));
        Thread.sleep(1000);
        long secondStepStarted = System.nanoTime();

        assertThatThrownBy(() -> readiness.until(() -> false, () -> {}, () -> new IllegalStateException("late")))
                .hasMessage("late");
        assertThat(Duration.ofNanos(System.nanoTime() - secondStepStarted)).isLessThan(Duration.ofMillis(500));
    }
}
