package dk.pressline.search.relevance;

import dk.pressline.search.relevance.JudgedQueries.JudgedQuery;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** nDCG@10, MRR and zero-result rate of one ranking over judged queries, overall and per query class. */
final class RelevanceEvaluation {

    static final int DEPTH = 10;
    /** MRR counts the first result graded at least this: clearly about what the reader asked for. */
    static final int RELEVANT = 2;

    /** A search under evaluation: the ids of its first results for a reader's words. */
    @FunctionalInterface
    interface Ranking {
        List<String> firstResults(String query, int count) throws IOException;
    }

    /** One query's outcome. */
    record Outcome(JudgedQuery query, List<String> ranked, double ndcg, double reciprocalRank) {

        boolean zeroResults() {
            return ranked.isEmpty();
        }
    }

    /** Means over a set of queries. */
    record Scores(int queries, double ndcg, double mrr, double zeroResultRate) {}

    private final List<Outcome> outcomes = new ArrayList<>();

    static RelevanceEvaluation of(Ranking ranking, List<JudgedQuery> queries) throws IOException {
        var evaluation = new RelevanceEvaluation();
        for (var query : queries) {
            var ranked = ranking.firstResults(query.text(), DEPTH);
            evaluation.outcomes.add(new Outcome(query, ranked, ndcg(ranked, query), reciprocalRank(ranked, query)));
        }
        return evaluation;
    }

    List<Outcome> outcomes() {
        return List.copyOf(outcomes);
    }

    Scores overall() {
        return scores(outcomes);
    }

    /** Scores per query class, in the order the classes first occur. */
    Map<String, Scores> byClass() {
        var classes = new LinkedHashMap<String, List<Outcome>>();
        outcomes.forEach(outcome -> classes.computeIfAbsent(outcome.query().queryClass(), c -> new ArrayList<>())
                .add(outcome));
        var scores = new LinkedHashMap<String, Scores>();
        classes.forEach((queryClass, classOutcomes) -> scores.put(queryClass, scores(classOutcomes)));
        return scores;
    }

    static double ndcg(List<String> ranked, JudgedQuery query) {
        double ideal = dcg(query.grades().values().stream()
                .sorted(Comparator.reverseOrder())
                .toList());
        if (ideal == 0) {
            return 0;
        }
        return dcg(ranked.stream().map(query::gradeOf).toList()) / ideal;
    }

    static double reciprocalRank(List<String> ranked, JudgedQuery query) {
        for (int rank = 0; rank < Math.min(DEPTH, ranked.size()); rank++) {
            if (query.gradeOf(ranked.get(rank)) >= RELEVANT) {
                return 1.0 / (rank + 1);
            }
        }
        return 0;
    }

    private static double dcg(List<Integer> grades) {
        double sum = 0;
        for (int rank = 0; rank < Math.min(DEPTH, grades.size()); rank++) {
            sum += (Math.pow(2, grades.get(rank)) - 1) / (Math.log(rank + 2) / Math.log(2));
        }
        return sum;
    }

    private static Scores scores(List<Outcome> outcomes) {
        return new Scores(
                outcomes.size(),
                outcomes.stream().mapToDouble(Outcome::ndcg).average().orElse(0),
                outcomes.stream().mapToDouble(Outcome::reciprocalRank).average().orElse(0),
                outcomes.stream().filter(Outcome::zeroResults).count() / (double) Math.max(1, outcomes.size()));
    }

    /** Pressline and the baseline side by side, overall and per class, as the report and docs show them. */
    static String table(RelevanceEvaluation pressline, RelevanceEvaluation baseline) {
        var table = new StringBuilder(String.format(
                "%-11s %7s | %-27s | %-27s%n",
                "class", "queries", "Pressline nDCG@10 MRR zero", "baseline nDCG@10 MRR zero"));
        var baselineClasses = baseline.byClass();
        pressline
                .byClass()
                .forEach(
                        (queryClass, scores) -> table.append(row(queryClass, scores, baselineClasses.get(queryClass))));
        table.append(row("overall", pressline.overall(), baseline.overall()));
        return table.toString();
    }

    private static String row(String name, Scores pressline, Scores baseline) {
        return String.format(
                "%-11s %7d | %9.3f %6.3f %6.1f%% | %9.3f %6.3f %6.1f%%%n",
                name,
                pressline.queries(),
                pressline.ndcg(),
                pressline.mrr(),
                100 * pressline.zeroResultRate(),
                baseline.ndcg(),
                baseline.mrr(),
                100 * baseline.zeroResultRate());
    }
}
