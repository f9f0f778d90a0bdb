package dk.pressline.search.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;

/** Danish text: stop words, Snowball stemming, ASCII folding. */
@NamedComponent("pressline_danish")
public class DanishAnalyzerFactory implements AnalyzerFactory {

    @Override
    public Analyzer create() {
        return PresslineAnalyzers.danish();
    }
}
