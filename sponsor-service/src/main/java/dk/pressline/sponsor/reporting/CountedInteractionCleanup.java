package dk.pressline.sponsor.reporting;

import dk.pressline.events.Topics;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the record of counted interaction ids as long as the interactions topic keeps the events (and a day more),
 * so redeliveries are still recognised while the table does not grow without end; and when readers were last counted
 * only as long as the reader window needs it.
 */
@Component
class CountedInteractionCleanup {

    private static final Logger log = LoggerFactory.getLogger(CountedInteractionCleanup.class);
    static final Duration KEPT = Topics.INTERACTIONS.retention().plus(Duration.ofDays(1));

    private final InteractionCounts counts;
    private final Clock clock;

    CountedInteractionCleanup(InteractionCounts counts, Clock clock) {
        this.counts = counts;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
    int forgetIdsNoRedeliveryCanBringBack() {
        int forgotten = counts.forgetCountedBefore(clock.instant().minus(KEPT));
        if (forgotten > 0) {
            log.info("Forgot {} counted interaction ids older than {}", forgotten, KEPT);
        }
        return forgotten;
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT1M")
    int forgetReadersOutsideTheWindow() {
        return counts.forgetReadersOutsideTheWindow();
    }
}
