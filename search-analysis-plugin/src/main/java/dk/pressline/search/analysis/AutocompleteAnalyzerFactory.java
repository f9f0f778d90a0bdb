package dk.pressline.search.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;

/** Indexes every word's prefixes for autocomplete. */
@NamedComponent("pressline_autocomplete")
public class AutocompleteAnalyzerFactory implements AnalyzerFactory {

    @Override
    public Analyzer create() {
        return PresslineAnalyzers.autocomplete();
    }
}
