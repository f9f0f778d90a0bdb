package dk.pressline.platform.progress;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class WorkProgressTests {

    private final Logger log = (Logger) LoggerFactory.getLogger("work-progress-tests-" + System.nanoTime());
    private final ListAppender<ILoggingEvent> lines = new ListAppender<>();

    WorkProgressTests() {
        lines.start();
        log.addAppender(lines);
    }

    @Test
    void reportsDoneOfTotalTheRateAndTheTimeLeftAtThatRate() {
        var started = Instant.parse("2026-12-07T10:00:00Z");

        var report = ProgressReport.of(250, 1_000, started, null, started.plusSeconds(10));

        assertThat(report.done()).isEqualTo(250);
        assertThat(report.total()).isEqualTo(1_000);
        assertThat(report.percent()).isEqualTo(25);
        assertThat(report.ratePerSecond()).isEqualTo(25.0);
        assertThat(report.secondsLeft()).isEqualTo(30.0);
        assertThat(report.finishedAt()).isNull();
    }

    @Test
    void countsWhatIsDoneFromSeveralCalls() {
        var progress = WorkProgress.start("Rebuild of content", "records", 1_000, log, Duration.ofHours(1));
        progress.add(200);
        progress.add(50);

        assertThat(progress.report().done()).isEqualTo(250);
        assertThat(progress.report().percent()).isEqualTo(25);
        assertThat(progress.report().finishedAt()).isNull();
    }

    @Test
    void logsAtMostOncePerIntervalAndWhenItFinishes() {
        var progress = WorkProgress.start("Rebuild of content", "records", 3, log, Duration.ofHours(1));
        progress.add(1);
        progress.add(1);
        assertThat(lines.list).isEmpty();

        var often = WorkProgress.start("Edition 7", "mails", 3, log, Duration.ZERO);
        often.add(1);
        assertThat(lines.list)
                .singleElement()
                .extracting(ILoggingEvent::getFormattedMessage)
                .asString()
                .startsWith("Edition 7: 1 of 3 mails (33%)")
                .contains("/s, about")
                .endsWith("s left");

        progress.add(1);
        progress.finish();
        assertThat(lines.list.getLast().getFormattedMessage())
                .startsWith("Rebuild of content: 3 of 3 records (100%)")
                .contains("done in");
        assertThat(progress.report().secondsLeft()).isZero();
    }

    @Test
    void countsWorkThatTurnsUpWhileItRunsAndNeverReportsLessTotalThanDone() {
        var progress = WorkProgress.start("Rebuild of content", "records", 2, log, Duration.ofHours(1));
        progress.add(3);
        assertThat(progress.report().total()).isEqualTo(3);

        progress.addToTotal(5);
        assertThat(progress.report().total()).isEqualTo(7);
    }

    @Test
    void aStoppedRunKeepsHowFarItGotWithNoTimeLeft() {
        var progress = WorkProgress.start("Rebuild of content", "records", 10, log, Duration.ofHours(1));
        progress.add(4);
        progress.stop();

        assertThat(progress.report().done()).isEqualTo(4);
        assertThat(progress.report().secondsLeft()).isNull();
        assertThat(progress.report().finishedAt()).isNotNull();
        assertThat(lines.list.getLast().getFormattedMessage())
                .startsWith("Rebuild of content: 4 of 10 records (40%)")
                .contains(", after")
                .endsWith(", stopped");
    }
}
