package dk.pressline.search.relevance;

import static org.assertj.core.api.Assertions.assertThat;

import dk.pressline.search.relevance.JudgedQueries.JudgedQuery;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Relevance regression: on every second query of each class of the judged set, over the whole judged corpus,
 * Pressline's reader search ranks at least as well (nDCG@10) as the plain Danish multi_match baseline, overall and
 * in every class. The full set is measured by {@link RelevanceBenchmark}.
 */
class RelevanceTests extends JudgedCorpusTestBase {

    private static final Logger log = LoggerFactory.getLogger(RelevanceTests.class);

    @Test
    void ranksTheJudgedQueriesAtLeastAsWellAsThePlainDanishBaseline() throws IOException {
        var subset = everySecondQueryOfEachClass();
        var pressline = RelevanceEvaluation.of(this::pressline, subset);
        var plain = RelevanceEvaluation.of(baseline::firstResults, subset);
        log.info("Relevance on {} of {} judged queries:\n{}", subset.size(), queries.size(),
                RelevanceEvaluation.table(pressline, plain));

        assertThat(pressline.overall().ndcg()).as("overall nDCG@10 against the baseline's")
                .isGreaterThan(plain.overall().ndcg());
        var baselineClasses = plain.byClass();
        pressline.byClass().forEach((queryClass, scores) -> assertThat(scores.ndcg())
                .as("nDCG@10 of the %s queries against the baseline's", queryClass)
                .isGreaterThanOrEqualTo(baselineClasses.get(queryClass).ndcg()));
    }

    private List<JudgedQuery> everySecondQueryOfEachClass() {
        var subset = new ArrayList<JudgedQuery>();
        String previousClass = null;
        int position = 0;
        for (var query : queries) {
            position = query.queryClass().equals(previousClass) ? position + 1 : 0;
            previousClass = query.queryClass();
            if (position % 2 == 0) {
                subset.add(query);
            }
        }
        return subset;
    }
}
