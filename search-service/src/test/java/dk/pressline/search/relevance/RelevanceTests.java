package dk.pressline.search.relevance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Relevance regression: on the judged queries over the judged corpus, Pressline's reader search ranks at least as
 * well (nDCG@10) as the plain Danish multi_match baseline, overall and in every query class. The whole judged set
 * takes some ten seconds here; with fewer queries a class (every second one was tried) a single query's luck
 * decides a class. {@link RelevanceBenchmark} adds the latency and the queries to look at.
 */
class RelevanceTests extends JudgedCorpusTestBase {

    private static final Logger log = LoggerFactory.getLogger(RelevanceTests.class);

    @Test
    void ranksTheJudgedQueriesAtLeastAsWellAsThePlainDanishBaseline() throws IOException {
        var pressline = RelevanceEvaluation.of(this::pressline, queries);
        var plain = RelevanceEvaluation.of(baseline::firstResults, queries);
        log.info("Relevance on {} judged queries:\n{}", queries.size(), RelevanceEvaluation.table(pressline, plain));

        assertThat(pressline.overall().ndcg())
                .as("overall nDCG@10 against the baseline's")
                .isGreaterThan(plain.overall().ndcg());
        var baselineClasses = plain.byClass();
        pressline
                .byClass()
                .forEach((queryClass, scores) -> assertThat(scores.ndcg())
                        .as("nDCG@10 of the %s queries against the baseline's", queryClass)
                        .isGreaterThanOrEqualTo(baselineClasses.get(queryClass).ndcg()));
    }
}
