package dk.pressline.deploy.faults;

import dk.pressline.deploy.RunningPlatform;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/** The table of what survived each scenario, printed when the suite ends and kept in deploy/target/faults.md. */
final class FaultReport {

    private final List<FaultAudit.Outcome> outcomes = new ArrayList<>();

    synchronized void add(FaultAudit.Outcome outcome) {
        outcomes.add(outcome);
    }

    synchronized String table() {
        var table = new StringBuilder("""
                | Scenario | Operations acknowledged | Lost | Duplicated | Reader errors | Reads ok again after fault (s) | Everything converged after fault (s) |
                |---|---:|---:|---:|---:|---:|---:|
                """);
        for (var outcome : outcomes) {
            table.append("| %s | %d | %d | %d | %d of %d | %s | %s |%n"
                    .formatted(
                            outcome.scenario(),
                            outcome.acknowledged(),
                            outcome.lost(),
                            outcome.duplicated(),
                            outcome.readerErrors(),
                            outcome.reads(),
                            seconds(outcome.readsOkAfter()),
                            seconds(outcome.convergedAfter())));
        }
        return table.toString();
    }

    private static String seconds(java.time.Duration duration) {
        return duration == null ? "not within the audit's wait" : "%.1f".formatted(duration.toMillis() / 1000.0);
    }

    void print() {
        var table = table();
        System.out.println("\nWhat survives what (the fault suite's audit):\n" + table);
        try {
            Files.writeString(
                    RunningPlatform.repository().resolve("deploy/target/faults.md"), table, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
