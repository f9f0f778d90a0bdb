package dk.pressline.search.relevance;

import static org.assertj.core.api.Assertions.assertThat;

import dk.pressline.events.PresslineEvent;
import dk.pressline.search.ReaderApiTestBase;
import dk.pressline.search.content.ContentItem;
import dk.pressline.search.relevance.JudgedQueries.JudgedQuery;
import dk.pressline.search.search.ContentSearch;
import dk.pressline.search.search.SearchCriteria;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The judged relevance corpus in the content index, the same documents in the {@link PlainBaseline}'s index, and
 * the two rankings to evaluate: Pressline's reader search, in process, and the baseline.
 */
abstract class JudgedCorpusTestBase extends ReaderApiTestBase {

    final RelevanceCorpus corpus = RelevanceCorpus.composedAt(Instant.now());
    List<JudgedQuery> queries;
    PlainBaseline baseline;

    @Autowired
    ContentSearch search;

    @Override
    protected List<PresslineEvent> corpus() {
        return corpus.events();
    }

    @BeforeAll
    void copyCorpusToTheBaselineAndJudgeIt() throws IOException {
        baseline = PlainBaseline.copiedFrom(elasticsearch, index.alias(), index.alias() + "-plain-baseline");
        var ids = new ArrayList<String>();
        corpus.events().forEach(event -> ids.add(event.aggregateId()));
        queries = JudgedQueries.over(corpus, ids);
        assertThat(queries)
                .as("judged queries")
                .hasSizeGreaterThanOrEqualTo(60)
                .allSatisfy(query -> assertThat(query.grades().values())
                        .as("grades of '%s'", query.text())
                        .anyMatch(grade -> grade >= 2));
    }

    @AfterAll
    void deleteTheBaseline() throws IOException {
        baseline.delete();
    }

    /** The ids of the reader search's first results, as a reader asking for {@code count} results gets them. */
    List<String> pressline(String words, int count) throws IOException {
        return search.search(criteria(words, count)).items().stream()
                .map(ContentItem::id)
                .toList();
    }

    /** A reader's search for these words, ordered by relevance, {@code count} results a page. */
    static SearchCriteria criteria(String words, int count) {
        return SearchCriteria.parse(
                words, null, null, null, null, null, null, null, null, null, String.valueOf(count), null, null, null);
    }
}
