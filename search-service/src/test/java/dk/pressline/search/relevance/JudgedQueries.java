package dk.pressline.search.relevance;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The reader queries of {@code relevance/judgments.txt} with their graded judgments over a {@link RelevanceCorpus}:
 * each document's grade follows from the rules of the query and the tags the document was composed with.
 */
final class JudgedQueries {

    private static final int PASSING_MENTION = 1;

    private JudgedQueries() {}

    /** A reader's query, its class, and the grade (1-3) of every document that has one; the rest are 0. */
    record JudgedQuery(String queryClass, String text, Map<String, Integer> grades) {

        int gradeOf(String id) {
            return grades.getOrDefault(id, 0);
        }
    }

    private record Rule(int grade, List<String> tags) {

        boolean appliesTo(Set<String> documentTags) {
            return documentTags.containsAll(tags);
        }
    }

    static List<JudgedQuery> over(RelevanceCorpus corpus, List<String> ids) {
        var queries = new ArrayList<JudgedQuery>();
        for (var line : lines()) {
            var parts = line.split("\\|");
            var rules = Arrays.stream(parts[2].split(";"))
                    .map(String::trim)
                    .map(JudgedQueries::rule)
                    .toList();
            var grades = new LinkedHashMap<String, Integer>();
            for (var id : ids) {
                int grade = gradeOf(corpus.tagsOf(id), rules);
                if (grade > 0) {
                    grades.put(id, grade);
                }
            }
            queries.add(new JudgedQuery(parts[0].trim(), parts[1].trim(), grades));
        }
        return queries;
    }

    private static int gradeOf(Set<String> tags, List<Rule> rules) {
        int grade = 0;
        for (var rule : rules) {
            if (rule.appliesTo(tags)) {
                grade = Math.max(grade, rule.grade());
            }
            boolean mentioned = rule.grade() >= 2
                    && rule.tags().size() == 1
                    && rule.tags().getFirst().startsWith("topic:")
                    && tags.contains("mention:" + rule.tags().getFirst().substring(6));
            if (mentioned) {
                grade = Math.max(grade, PASSING_MENTION);
            }
        }
        return grade;
    }

    private static Rule rule(String text) {
        var parts = text.split("\\s+");
        return new Rule(Integer.parseInt(parts[0]), List.of(parts[1].split("\\+")));
    }

    private static List<String> lines() {
        try (var reader = new BufferedReader(new InputStreamReader(
                JudgedQueries.class.getResourceAsStream("/relevance/judgments.txt"), StandardCharsets.UTF_8))) {
            return reader.lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
