package dk.pressline.search.relevance;

import dk.pressline.search.relevance.RelevanceEvaluation.Outcome;
import dk.pressline.search.search.ContentSearch;
import dk.pressline.search.search.SearchCriteria;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
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
        var worst = pressline.outcomes().stream()
                .sorted(Comparator.comparingDouble(Outcome::ndcg))
                .limit(10)
                .map(outcome -> String.format(
                        "  %-34s %-10s nDCG@10 %.3f  first: %s",
                        "'" + outcome.query().text() + "'",
                        outcome.query().queryClass(),
                        outcome.ndcg(),
                        grades(outcome)))
                .collect(Collectors.joining("\n"));
        var baselineOutcomes = plain.outcomes();
        var baselineBetter = new ArrayList<String>();
        for (int i = 0; i < queries.size(); i++) {
            var ours = pressline.outcomes().get(i);
            var theirs = baselineOutcomes.get(i);
            if (theirs.ndcg() > ours.ndcg()) {
                baselineBetter.add(String.format(
                        "  %-34s %-10s Pressline %.3f  baseline %.3f",
                        "'" + ours.query().text() + "'", ours.query().queryClass(), ours.ndcg(), theirs.ndcg()));
            }
        }
        log.info(
                """

                Relevance benchmark: {} judged queries over {} documents (articles, events, jobs, sponsored)
                {}
                Pressline's ten weakest queries (grades of its first results):
                {}
                Queries the baseline ranks better (nDCG@10):
                {}
                """,
                queries.size(),
                corpus.size(),
                RelevanceEvaluation.table(pressline, plain),
                worst,
                String.join("\n", baselineBetter));

        var readerNanos = new ArrayList<Long>();
        var plainNanos = new ArrayList<Long>();
        var readerTook = new ArrayList<Long>();
        var plainTook = new ArrayList<Long>();
        for (int round = 0; round < LATENCY_ROUNDS; round++) {
            for (var query : queries) {
                long started = System.nanoTime();
                pressline(query.text(), RelevanceEvaluation.DEPTH);
                readerNanos.add(System.nanoTime() - started);
                started = System.nanoTime();
                baseline.firstResults(query.text(), RelevanceEvaluation.DEPTH);
                plainNanos.add(System.nanoTime() - started);
                readerTook.add(readerTook(criteria(query.text(), RelevanceEvaluation.DEPTH)));
                plainTook.add(baseline.tookMillis(query.text(), RelevanceEvaluation.DEPTH));
            }
        }
        log.info(
                """

                Median latency of {} searches each ({} rounds of the judged queries, interleaved):
                  reader search (ContentSearch in process, with facets and highlights): {} ms, Elasticsearch took {} ms
                  plain multi_match on the baseline index: {} ms, Elasticsearch took {} ms
                """,
                readerNanos.size(),
                LATENCY_ROUNDS,
                median(readerNanos),
                middle(readerTook),
                median(plainNanos),
                middle(plainTook));
    }

    /** What Elasticsearch took for the reader's search: both requests when the first finds little. */
    private long readerTook(SearchCriteria criteria) throws IOException {
        var now = Instant.now();
        var first = elasticsearch.search(search.requestFor(criteria, now), Map.class);
        if (!ContentSearch.findsLittle(criteria, first)) {
            return first.took();
        }
        return first.took()
                + elasticsearch
                        .search(search.typoForgivingRequestFor(criteria, now), Map.class)
                        .took();
    }

    private static String grades(Outcome outcome) {
        return outcome.ranked().stream()
                .map(id -> String.valueOf(outcome.query().gradeOf(id)))
                .collect(Collectors.joining(" "));
    }

    private static long middle(List<Long> millis) {
        return millis.stream().sorted().toList().get(millis.size() / 2);
    }

    private static String median(List<Long> nanos) {
        var sorted = nanos.stream().sorted().toList();
        return String.format("%.1f", sorted.get(sorted.size() / 2) / 1e6);
    }
}
