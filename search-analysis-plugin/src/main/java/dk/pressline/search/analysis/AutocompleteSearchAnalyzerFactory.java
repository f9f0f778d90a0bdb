package dk.pressline.search.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;

/** Looks up autocomplete prefixes: words lower-cased and folded, not split into n-grams. */
@NamedComponent("pressline_autocomplete_search")
public class AutocompleteSearchAnalyzerFactory implements AnalyzerFactory {

    @Override
    public Analyzer create() {
        return PresslineAnalyzers.autocompleteSearch();
    }
}
