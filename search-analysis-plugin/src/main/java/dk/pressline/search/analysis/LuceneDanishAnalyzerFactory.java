package dk.pressline.search.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;

/**
 * Lucene's stock Danish analyzer, unchanged (what Elasticsearch's {@code danish} analyzer is, in distributions that
 * ship it): the plain baseline search-service's relevance evaluation measures Pressline's ranking against.
 */
@NamedComponent("lucene_danish")
public class LuceneDanishAnalyzerFactory implements AnalyzerFactory {

    @Override
    public Analyzer create() {
        return new DanishAnalyzer();
    }
}
