package dk.pressline.search.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;

/** English text: possessives, stop words, Porter stemming, ASCII folding. */
@NamedComponent("pressline_english")
public class EnglishAnalyzerFactory implements AnalyzerFactory {

    @Override
    public Analyzer create() {
        return PresslineAnalyzers.english();
    }
}
