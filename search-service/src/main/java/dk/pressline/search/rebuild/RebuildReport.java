package dk.pressline.search.rebuild;

import java.util.List;

/**
 * What a rebuild did.
 *
 * @param previousIndices the physical indices the alias pointed at before, now deleted
 * @param events records replayed from the topics, including the catch-up after the swap
 * @param refused events Elasticsearch refused as documents (the live consumer parks the same ones)
 * @param eventsPerSecond replay and bulk loading rate up to the swap
 */
public record RebuildReport(
        String alias,
        List<String> previousIndices,
        String newIndex,
        long events,
        long documents,
        long refused,
        double seconds,
        double eventsPerSecond) {}
