package dk.pressline.deploy.faults;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

@OnFaultPlatform
class LargestEventFaultTests {

    /** The most an editor may write, and every character one the sanitiser makes five of ('@' becomes "&#64;"). */
    private static final int LONGEST_BODY = 200_000;

    /**
     * An event too big for Kafka cannot be made any more: article-service measures the event after sanitising and
     * refuses the input (tested in article-service with a small limit). The largest event an editor can cause, about
     * 1 MB, goes through the outbox, the brokers, both consumers and Elasticsearch while the load goes on.
     */
    @Test
    void theLargestArticleAnEditorCanWriteReachesEveryConsumerWithoutHoldingUpOthers(FaultPlatform.Running running)
            throws Exception {
        FaultScenario.run(running, "Largest event", workload -> {
            var body = "<p>" + "@".repeat(LONGEST_BODY - 7) + "</p>";
            assertThat(workload.publish("Fejltest Largest-event artikel med den længste tekst", body))
                    .as("the largest article was published")
                    .isTrue();
        });
    }
}
