package dk.pressline.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class PresslineAnalyzersTests {

    @Test
    void stemsDanishSoInflectedFormsMeet() throws IOException {
        var analyzer = new DanishAnalyzerFactory().create();

        assertThat(terms(analyzer, "Københavns")).isEqualTo(terms(analyzer, "københavn"));
        assertThat(terms(analyzer, "klimaplanerne")).isEqualTo(terms(analyzer, "klimaplan"));
        assertThat(terms(analyzer, "Københavns bæredygtige byer og klimaplanerne"))
                .as("stop words go, the rest is stemmed and folded")
                .doesNotContain("og")
                .hasSize(4);
    }

    @Test
    void foldsDanishLettersSoAReaderWithoutThemStillFinds() throws IOException {
        var analyzer = new DanishAnalyzerFactory().create();

        assertThat(terms(analyzer, "Københavns")).isEqualTo(terms(analyzer, "kobenhavn"));
    }

    @Test
    void stemsEnglish() throws IOException {
        var analyzer = new EnglishAnalyzerFactory().create();

        assertThat(terms(analyzer, "The companies' sustainability reports"))
                .isEqualTo(terms(analyzer, "company sustainability report"));
    }

    @Test
    void indexesPrefixesForAutocompleteAndLooksUpWholeWords() throws IOException {
        assertThat(terms(new AutocompleteAnalyzerFactory().create(), "Klima"))
                .containsExactly("kl", "kli", "klim", "klima");
        assertThat(terms(new AutocompleteSearchAnalyzerFactory().create(), "Kli"))
                .containsExactly("kli");
    }

    @Test
    void namesEveryComponentAsTheDescriptorDoes() throws IOException {
        var descriptor = new String(
                getClass().getResourceAsStream("/named_components.json").readAllBytes());

        for (var component : List.of(
                DanishAnalyzerFactory.class,
                EnglishAnalyzerFactory.class,
                AutocompleteAnalyzerFactory.class,
                AutocompleteSearchAnalyzerFactory.class,
                AsciiFoldingFilterFactory.class,
                DanishStemmerFilterFactory.class,
                EdgeNGramFilterFactory.class)) {
            var name = component
                    .getAnnotation(org.elasticsearch.plugin.NamedComponent.class)
                    .value();
            assertThat(descriptor).contains("\"" + name + "\": \"" + component.getName() + "\"");
        }
    }

    private static List<String> terms(Analyzer analyzer, String text) throws IOException {
        var terms = new ArrayList<String>();
        try (var stream = analyzer.tokenStream("text", text)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        }
        return terms;
    }
}
