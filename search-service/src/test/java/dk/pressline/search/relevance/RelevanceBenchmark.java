package dk.pressline.search.relevance;

import dk.pressline.search.relevance.RelevanceEvaluation.Outcome;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The full relevance evaluation: every judged query, Pressline's reader search beside the plain Danish baseline,
 * nDCG@10, MRR and zero-result rate overall and per class, the queries Pressline ranks worst, and the median latency
 * of both queries on this corpus. Prints the figures ({@code docs/relevance.md} quotes them); asserts nothing.
 *
 * <p>Run: {@code ./mvnw -o test -pl search-service -am -Dtest=RelevanceBenchmark -Dpressline.excluded-test-groups=
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
class RelevanceBenchmark extends JudgedCorpusTestBase {

    private static final Logger log = LoggerFactory.getLogger(RelevanceBenchmark.class);
    private static final int LATENCY_ROUNDS = Integer.getInteger("bench.relevance-rounds", 5);

    @Test
    void measuresTheJudgedSetAgainstThePlainDanishBaseline() throws IOException {
        var pressline = RelevanceEvaluation.of(this::pressline, queries);
        var plain = RelevanceEvaluation.of(baseline::firstResults, queries);
        var worst = pressline.outcomes().stream().sorted(Comparator.comparingDouble(Outcome::ndcg)).limit(10)
                .map(outcome -> String.format("  %-34s %-10s nDCG@10 %.3f  first: %s", "'" + outcome.query().text()
                        + "'", outcome.query().queryClass(), outcome.ndcg(), grades(outcome)))
                .collect(Collectors.joining("\n"));
        log.info("""

                Relevance benchmark: {} judged queries over {} documents (articles, events, jobs, sponsored)
                {}
                Pressline's ten weakest queries (grades of its first results):
                {}
                """, queries.size(), corpus.size(), RelevanceEvaluation.table(pressline, plain), worst);

        var readerNanos = new ArrayList<Long>();
        var plainNanos = new ArrayList<Long>();
        for (int round = 0; round < LATENCY_ROUNDS; round++) {
            for (var query : queries) {
                long started = System.nanoTime();
                pressline(query.text(), RelevanceEvaluation.DEPTH);
                readerNanos.add(System.nanoTime() - started);
                started = System.nanoTime();
                baseline.firstResults(query.text(), RelevanceEvaluation.DEPTH);
                plainNanos.add(System.nanoTime() - started);
            }
        }
        log.info("""

                Median latency of {} searches each ({} rounds of the judged queries, interleaved):
                  reader search (ContentSearch in process, with facets and highlights): {} ms
                  plain multi_match on the baseline index: {} ms
                """, readerNanos.size(), LATENCY_ROUNDS, median(readerNanos), median(plainNanos));
    }

    private static String grades(Outcome outcome) {
        return outcome.ranked().stream().map(id -> String.valueOf(outcome.query().gradeOf(id)))
                .collect(Collectors.joining(" "));
    }

    private static String median(List<Long> nanos) {
        var sorted = nanos.stream().sorted().toList();
        return String.format("%.1f", sorted.get(sorted.size() / 2) / 1e6);
    }
}
